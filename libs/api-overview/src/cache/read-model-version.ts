import { asPlatform } from '@nsf/api-core';
import type { ProjectionRunner } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { FreshReads } from './fresh-reads';

/**
 * Where some read models stand, as an opaque value that changes whenever their tables may have:
 * an answer read from them can be given again for as long as the value is the same. It must be
 * taken before the tables are read, so that an answer is never kept under a later value than the
 * rows it holds.
 */
export interface ReadModelVersion {
  current(): Promise<string>;
}

/**
 * For an embedded database: only this process can open it, so only this process's runner ever
 * writes its read models, and it says so after each batch it commits. Nothing to ask the database.
 */
export class CommittedBatchesVersion implements ReadModelVersion {
  private committed = 0;

  constructor(runner: Pick<ProjectionRunner, 'onCommitted'>, projections: readonly string[]) {
    const followed = new Set(projections);
    runner.onCommitted((projection) => {
      if (followed.has(projection)) this.committed += 1;
    });
  }

  current(): Promise<string> {
    return Promise.resolve(String(this.committed));
  }
}

/**
 * For a database server, which other nodes and tools write too: the projections' checkpoints as
 * stored, each committed in the same transaction as its batch. Where the read models stand is no
 * tenant's data, so it is read as the platform (requests may not read the checkpoints).
 */
export class StoredCheckpointsVersion implements ReadModelVersion {
  /** Requests arriving together share a read, never one begun before they asked (fresh-reads.ts). */
  private readonly reads: FreshReads<string>;

  constructor(
    private readonly db: SqlDatabase,
    private readonly projections: readonly string[],
  ) {
    this.reads = new FreshReads(() => this.read());
  }

  current(): Promise<string> {
    return this.reads.get();
  }

  private async read(): Promise<string> {
    const { rows } = await asPlatform(() =>
      this.db.query<{ name: string; checkpoint: string | null }>(
        'SELECT name, checkpoint FROM nsf_projection_checkpoints WHERE name = ANY($1::text[]) ORDER BY name',
        [this.projections],
      ),
    );
    return JSON.stringify(rows.map((row) => [row.name, row.checkpoint]));
  }
}
