import type { Provider } from '@nestjs/common';
import { PROJECTION_RUNNER, SQL_DATABASE } from '@nsf/api-core';
import { overviewProjection, partnershipsProjection, type ProjectionRunner } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { OverviewCache } from './overview-cache';
import { CommittedBatchesVersion, StoredCheckpointsVersion } from './read-model-version';

/** The read models an overview is read from: the directory (who, where) and the overview itself. */
const OVERVIEW_READ_MODELS = [partnershipsProjection.name, overviewProjection.name];

/** The overview cache, told of changes the cheapest exact way the database allows. */
export const overviewCacheProvider: Provider = {
  provide: OverviewCache,
  inject: [SQL_DATABASE, PROJECTION_RUNNER],
  useFactory: (db: SqlDatabase, runner: ProjectionRunner) =>
    new OverviewCache(
      db.driver === 'pglite'
        ? new CommittedBatchesVersion(runner, OVERVIEW_READ_MODELS)
        : new StoredCheckpointsVersion(db, OVERVIEW_READ_MODELS),
    ),
};
