import {
  mayModerate,
  partnershipDecider,
  partnershipIdFor,
  partnershipStreamId,
  settingOf,
  type Actor,
  type PartnershipCommand,
  type PartnershipEvent,
  type PartnershipState,
} from '@nsf/domain';
import type { DemoPartnership } from '../demo-partnership';
import type { DemoPartnershipFacts } from './assessment-cycle';
import { StreamRecorder, demoCommandId, type DeriveId } from './stream-recorder';

/** The partnership's own stream: its registration now, the decisions about it as the years go by. */
export type PartnershipRecorder = StreamRecorder<PartnershipCommand, PartnershipState, PartnershipEvent>;

/**
 * A demo partnership registered as of the framework's launch, by the national team's seeding
 * process. Its command id is the one the seeder has always used (`demo-data-2009:<id>`), so a
 * partnership's registration event keeps its id.
 */
export const DEMO_SEEDER: Actor = {
  username: 'system:demo-data',
  displayName: 'Demo data',
  role: 'NATIONAL',
  region: null,
  partnershipId: null,
};

export const REGISTERED_AT = new Date('2009-04-01T08:00:00.000Z');

export function partnershipRegistration(
  partnership: DemoPartnership,
  idFor: DeriveId,
): { recorder: PartnershipRecorder; facts: DemoPartnershipFacts } {
  const partnershipId = partnershipIdFor(partnership.region, partnership.name);
  const recorder: PartnershipRecorder = new StreamRecorder({
    streamId: partnershipStreamId(partnershipId),
    tenantId: partnershipId,
    key: partnershipId,
    decider: partnershipDecider,
    mayAct: (command, actor) =>
      command.type === 'RegisterPartnership'
        ? actor.role === 'NATIONAL'
        : mayModerate(actor, { partnershipId, region: partnership.region }),
    idFor,
    commandIdAt: (sequence) =>
      sequence === 0 ? idFor(`demo-data-2009:${partnershipId}`, 0) : demoCommandId(idFor, partnershipId, sequence),
  });
  recorder.record(
    {
      type: 'RegisterPartnership',
      name: partnership.name,
      partnershipType: partnership.type,
      region: partnership.region,
      county: partnership.county,
    },
    DEMO_SEEDER,
    REGISTERED_AT,
  );
  const state = recorder.state;
  if (state.status !== 'registered') throw new Error(`demo history: ${partnership.name} was not registered`);
  return {
    recorder,
    facts: { partnershipId: state.partnershipId, region: state.region, setting: settingOf(state) },
  };
}
