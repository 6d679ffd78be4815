import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { EVENT_STORE, PROJECTION_RUNNER, eventIdFor } from '@nsf/api-core';
import {
  DEMO_HISTORY_SEED,
  DEMO_PARTNERSHIPS_2009,
  DEMO_SEEDER,
  generateDemoHistory,
  type DemoPartnership,
} from '@nsf/demo-data';
import { WrongExpectedRevisionError, type EventStore } from '@nsf/event-store';
import type { ProjectionRunner } from '@nsf/projections';

const MARKER_STREAM = 'platform-demo-data';

/**
 * Whose history the seeder writes: every partnership of 2009 unless this is provided. Its own
 * spec seeds one region, since what it checks (resuming, whole streams, the marker) does not
 * grow with the number of partnerships and the national history takes minutes to project.
 */
export const DEMO_DATA_PARTNERSHIPS = Symbol('DemoDataPartnerships');

/**
 * Seeds the demo history on first start: the 368 partnerships of 2009 and three years of their
 * assessments, moderation and support, generated through the domain's deciders (@nsf/demo-data)
 * with the ids the platform's own command path derives. Each stream's whole history is one
 * append, which is what makes tens of thousands of events seed in seconds. A marker event then
 * stops a restart from seeding again; a start interrupted before the marker resumes, skipping
 * the streams it already wrote.
 */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger('DemoData');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    @Optional()
    @Inject(DEMO_DATA_PARTNERSHIPS)
    private readonly partnerships: readonly DemoPartnership[] = DEMO_PARTNERSHIPS_2009,
  ) {}

  async seedOnce(): Promise<void> {
    const marker = await this.store.readStream(MARKER_STREAM, { maxCount: 1 });
    if (marker.length > 0) return;

    const started = Date.now();
    const history = generateDemoHistory({
      idFor: eventIdFor,
      seed: DEMO_HISTORY_SEED,
      partnerships: this.partnerships,
    });
    const generated = Date.now();
    let skipped = 0;
    for (const stream of history.streams) {
      try {
        // The same batch appended again (an interrupted seed) is recognised by its event ids.
        await this.store.appendToStream(stream.streamId, stream.events, { expectedRevision: 'no_stream' });
      } catch (error) {
        // Anything else already in the stream was written by someone: leave it as it is.
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        skipped += 1;
      }
    }
    const markerCommand = eventIdFor('demo-data-2009:marker', 0);
    await this.store.appendToStream(
      MARKER_STREAM,
      [
        {
          id: eventIdFor(markerCommand, 0),
          type: 'DemoDataSeeded',
          schemaVersion: 1,
          tenantId: 'platform',
          occurredAt: new Date().toISOString(),
          actor: DEMO_SEEDER.username,
          reason: 'First start of the embedded platform',
          commandId: markerCommand,
          correlationId: markerCommand,
          causationId: null,
          data: {
            partnerships: this.partnerships.length,
            seed: DEMO_HISTORY_SEED,
            streams: history.streams.length,
            events: history.eventCount,
          },
          metadata: {},
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    const appended = Date.now();
    await this.projections.catchUp();
    this.logger.log(
      `seeded ${history.eventCount} demo events in ${history.streams.length - skipped} streams ` +
        `(${skipped} already there) for ${this.partnerships.length} partnerships: generated in ` +
        `${generated - started} ms, appended in ${appended - generated} ms, projected in ${Date.now() - appended} ms`,
    );
  }
}
