import { Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_STORE, PROJECTION_RUNNER, eventIdFor } from '@nsf/api-core';
import { DEMO_HISTORY_SEED, DEMO_PARTNERSHIPS_2009, DEMO_SEEDER, generateDemoHistory } from '@nsf/demo-data';
import { WrongExpectedRevisionError, type EventStore } from '@nsf/event-store';
import type { ProjectionRunner } from '@nsf/projections';

const MARKER_STREAM = 'platform-demo-data';

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
  ) {}

  async seedOnce(): Promise<void> {
    const marker = await this.store.readStream(MARKER_STREAM, { maxCount: 1 });
    if (marker.length > 0) return;

    const started = Date.now();
    const history = generateDemoHistory({ idFor: eventIdFor, seed: DEMO_HISTORY_SEED });
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
            partnerships: DEMO_PARTNERSHIPS_2009.length,
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
        `(${skipped} already there) for ${DEMO_PARTNERSHIPS_2009.length} partnerships: generated in ` +
        `${generated - started} ms, appended in ${appended - generated} ms, projected in ${Date.now() - appended} ms`,
    );
  }
}
