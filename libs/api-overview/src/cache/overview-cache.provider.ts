import { Logger, type Provider } from '@nestjs/common';
import { PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import {
  CHECKPOINT_MOVES_CHANNEL,
  overviewProjection,
  partnershipsProjection,
  type ProjectionRunner,
} from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { AnnouncedMovesVersion } from './announced-moves-version';
import { OverviewCache } from './overview-cache';
import { CommittedBatchesVersion, StoredCheckpointsVersion, type ReadModelVersion } from './read-model-version';

/** The read models an overview is read from: the directory (who, where) and the overview itself. */
const OVERVIEW_READ_MODELS = [partnershipsProjection.name, overviewProjection.name];

/** Where the overview's read models stand, found out the cheapest exact way the database allows. */
export const OVERVIEW_READ_MODEL_VERSION = Symbol('OVERVIEW_READ_MODEL_VERSION');

const overviewVersionProvider: Provider = {
  provide: OVERVIEW_READ_MODEL_VERSION,
  inject: [SQL_DATABASE, PROJECTION_RUNNER],
  useFactory: (db: SqlDatabase, runner: ProjectionRunner): ReadModelVersion & { onModuleDestroy?(): Promise<void> } => {
    if (db.driver === 'pglite') return new CommittedBatchesVersion(runner, OVERVIEW_READ_MODELS);
    const stored = new StoredCheckpointsVersion(db, OVERVIEW_READ_MODELS);
    const listen = db.listen;
    if (!listen) return stored;
    const logger = new Logger('OverviewCache');
    const version = new AnnouncedMovesVersion({
      stored,
      runner,
      projections: OVERVIEW_READ_MODELS,
      listen: (listener) => listen(CHECKPOINT_MOVES_CHANNEL, listener),
      onError: (error, during) =>
        logger.warn(
          during === 'listening'
            ? `not hearing of read-model moves; reading them per request until heard again: ${String(error)}`
            : `comparing the stored checkpoints with what was heard failed; will compare again: ${String(error)}`,
        ),
    });
    // Nest calls this hook on whatever a provider gives, so the listening connection ends with the app.
    return { current: () => version.current(), onModuleDestroy: () => version.stop() };
  },
};

/** The overview cache, told of changes by the version above. */
export const overviewCacheProviders: Provider[] = [
  overviewVersionProvider,
  {
    provide: OverviewCache,
    inject: [OVERVIEW_READ_MODEL_VERSION],
    useFactory: (version: ReadModelVersion) => new OverviewCache(version),
  },
];
