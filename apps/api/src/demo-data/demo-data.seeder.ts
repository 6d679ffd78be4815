import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, PROJECTION_RUNNER, commandEnvelope, eventIdFor } from '@nsf/api-core';
import { RegisterPartnershipCommand } from '@nsf/api-partnerships';
import { DEMO_PARTNERSHIPS_2009 } from '@nsf/demo-data';
import { partnershipIdFor, type Actor } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import type { ProjectionRunner } from '@nsf/projections';

const MARKER_STREAM = 'platform-demo-data';
/** The partnerships are registered as of the framework's launch year. */
const REGISTERED_AT = new Date('2009-04-01T08:00:00.000Z');
const SEEDER: Actor = {
  username: 'system:demo-data',
  displayName: 'Demo data',
  role: 'NATIONAL',
  region: null,
  partnershipId: null,
};

/**
 * Registers the 368 partnerships of 2009 on first start, through the same command path as a
 * user would, then writes a marker event so a restart does not seed again. Command ids are
 * derived from the partnership, so a start interrupted half-way resumes without duplicates.
 */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
  ) {}

  async seedOnce(): Promise<void> {
    const marker = await this.store.readStream(MARKER_STREAM, { maxCount: 1 });
    if (marker.length > 0) return;

    for (const partnership of DEMO_PARTNERSHIPS_2009) {
      const id = partnershipIdFor(partnership.region, partnership.name);
      const envelope = commandEnvelope({
        actor: SEEDER,
        now: REGISTERED_AT,
        commandId: eventIdFor(`demo-data-2009:${id}`, 0),
      });
      const outcome = await this.commandBus.execute(
        new RegisterPartnershipCommand(
          envelope,
          partnership.name,
          partnership.type,
          partnership.region,
          partnership.county,
        ),
      );
      if (!outcome.ok) throw new Error(`demo partnership ${partnership.name} was refused: ${outcome.error.message}`);
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
          actor: SEEDER.username,
          reason: 'First start of the embedded platform',
          commandId: markerCommand,
          correlationId: markerCommand,
          causationId: null,
          data: { partnerships: DEMO_PARTNERSHIPS_2009.length },
          metadata: {},
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    await this.projections.catchUp();
    this.logger.log(`registered ${DEMO_PARTNERSHIPS_2009.length} demo partnerships`);
  }
}
