import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, PROJECTION_RUNNER, SQL_DATABASE, readPartnership } from '@nsf/api-core';
import { isRegionCode, mayHearOfChange, type Actor, type RegionCode } from '@nsf/domain';
import type { EventStore, RecordedEvent } from '@nsf/event-store';
import {
  AppliedEventsFeed,
  OVERVIEW_CHANGING_EVENTS,
  overviewProjection,
  type ProjectionRunner,
} from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import type { PartnershipChange } from './partnership-change';

/**
 * The changes to overviews, as the overview read model applies them: each batch the projection
 * commits becomes, per partnership it touched in a way the overview shows, one change, told to
 * every follower who may see that partnership.
 */
@Injectable()
export class OverviewChanges implements OnModuleDestroy {
  private readonly logger = new Logger('OverviewChanges');
  private readonly feed: AppliedEventsFeed;
  private readonly stopWaking: () => void;
  /** A partnership's region never changes (a merger stays within a region), so it is kept once known. */
  private readonly regions = new Map<string, RegionCode>();
  /** Each batch is turned into changes once, whoever follows, and batches in the order applied. */
  private readonly changesOf = new WeakMap<readonly RecordedEvent[], Promise<PartnershipChange[]>>();
  private lastBatch: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(PROJECTION_RUNNER) runner: ProjectionRunner,
  ) {
    this.feed = new AppliedEventsFeed({
      store,
      db,
      projection: overviewProjection.name,
      onError: (error) => this.logger.error('reading the overview’s progress failed; will look again', error),
    });
    this.stopWaking = runner.onCommitted((projection) => {
      if (projection === overviewProjection.name) this.feed.wake();
    });
  }

  /**
   * Tells `listener` of each change to a partnership the actor may see (of `region` only, when
   * given) that the overview read model applies from now on. Resolves with the way to stop once
   * following has begun.
   */
  follow(actor: Actor, region: RegionCode | null, listener: (change: PartnershipChange) => void): Promise<() => void> {
    return this.feed.subscribe((batch) => {
      this.changes(batch).then(
        (changes) => changes.filter((change) => mayHearOfChange(actor, change, region)).forEach(listener),
        (error: unknown) => this.logger.error('finding the partnerships of applied events failed', error),
      );
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopWaking();
    await this.feed.stop();
  }

  private changes(batch: readonly RecordedEvent[]): Promise<PartnershipChange[]> {
    let changes = this.changesOf.get(batch);
    if (!changes) {
      changes = this.lastBatch.then(() => this.changesIn(batch));
      this.lastBatch = changes.catch(() => undefined);
      this.changesOf.set(batch, changes);
    }
    return changes;
  }

  /** One change per partnership, its latest event in the batch, in log order. */
  private async changesIn(batch: readonly RecordedEvent[]): Promise<PartnershipChange[]> {
    const latest = new Map<string, RecordedEvent>();
    for (const event of batch) {
      if (!OVERVIEW_CHANGING_EVENTS.has(event.type)) continue;
      latest.delete(event.tenantId);
      latest.set(event.tenantId, event);
      const registered = event.data as { partnershipId?: unknown; region?: unknown };
      if (event.type === 'PartnershipRegistered' && typeof registered.region === 'string') {
        if (isRegionCode(registered.region)) this.regions.set(event.tenantId, registered.region);
      }
    }
    await this.learnRegions([...latest.keys()].filter((id) => !this.regions.has(id)));
    return [...latest.values()].flatMap((event) => {
      const region = this.regions.get(event.tenantId);
      return region
        ? [{ partnershipId: event.tenantId, region, eventType: event.type, globalPosition: event.globalPosition }]
        : [];
    });
  }

  /** From the directory, or — when it has not caught up — the partnership's own stream. */
  private async learnRegions(partnershipIds: readonly string[]): Promise<void> {
    if (partnershipIds.length === 0) return;
    const { rows } = await this.db.query<{ partnership_id: string; region: string }>(
      'SELECT partnership_id, region FROM rm_partnerships WHERE partnership_id = ANY($1)',
      [partnershipIds],
    );
    for (const row of rows) if (isRegionCode(row.region)) this.regions.set(row.partnership_id, row.region);
    for (const partnershipId of partnershipIds) {
      if (this.regions.has(partnershipId)) continue;
      const partnership = await readPartnership(this.store, partnershipId);
      if (partnership.status === 'registered') this.regions.set(partnershipId, partnership.region);
    }
  }
}
