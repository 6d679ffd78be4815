import {
  decideRegisterPartnership,
  evolvePartnership,
  initialPartnershipState,
  partnershipIdFor,
  partnershipStreamId,
  settingOf,
  type Actor,
  type PartnershipEvent,
  type PartnershipState,
  type RegisterPartnership,
} from '@nsf/domain';
import type { DemoPartnership } from '../demo-partnership';
import type { DemoPartnershipFacts } from './assessment-cycle';
import { StreamRecorder, type DeriveId, type GeneratedStream } from './stream-recorder';

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
): { stream: GeneratedStream; facts: DemoPartnershipFacts } {
  const partnershipId = partnershipIdFor(partnership.region, partnership.name);
  const recorder = new StreamRecorder<RegisterPartnership, PartnershipState, PartnershipEvent>({
    streamId: partnershipStreamId(partnershipId),
    tenantId: partnershipId,
    key: partnershipId,
    decider: {
      decide: decideRegisterPartnership,
      evolve: evolvePartnership,
      initialState: initialPartnershipState,
    },
    mayAct: (_command, actor) => actor.role === 'NATIONAL',
    idFor,
    commandIdAt: () => idFor(`demo-data-2009:${partnershipId}`, 0),
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
    stream: recorder.stream(),
    facts: { partnershipId: state.partnershipId, region: state.region, setting: settingOf(state) },
  };
}
