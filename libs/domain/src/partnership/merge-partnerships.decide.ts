import { findRegion } from '../geography/regions';
import { accept, invalid, reject, type Decision } from '../shared/domain-error';
import { decidablePartnership } from './decidable-partnership';
import { decisionGrounds } from './decision-grounds';
import type { PartnershipEvent, PartnershipState } from './partnership';

export interface MergePartnerships {
  readonly type: 'MergePartnerships';
  readonly successorId: string;
  /** The successor as its own stream tells it, read by the handler before deciding. */
  readonly successor: PartnershipState;
  readonly rationale: string;
  readonly evidence: readonly string[];
}

/**
 * The framework expects delivery structures to reflect local needs, "including merging": this
 * partnership merges into an existing one of the same region, which carries on. The merger is one event on the merging
 * partnership's stream, so it is recorded whole or not at all, and that stream's history stays
 * readable afterwards.
 */
export function decideMergePartnerships(
  command: MergePartnerships,
  state: PartnershipState,
): Decision<PartnershipEvent> {
  const partnership = decidablePartnership(state);
  if (!partnership.ok) return reject(partnership.error);
  const { partnershipId, name, region } = partnership.value;
  const grounds = decisionGrounds(command.rationale, command.evidence);
  if (!grounds.ok) return reject(grounds.error);

  const { successorId, successor } = command;
  if (successorId === partnershipId) {
    return reject(invalid(`${name} cannot merge into itself: choose the partnership it merges into`, 'successorId'));
  }
  if (successor.status !== 'registered' || successor.partnershipId !== successorId) {
    return reject(invalid(`There is no partnership “${successorId}” to merge into`, 'successorId'));
  }
  if (successor.mergedInto !== null) {
    return reject(
      invalid(
        `${successor.name} has itself merged into “${successor.mergedInto}”: merge into that partnership instead`,
        'successorId',
      ),
    );
  }
  if (successor.region !== region) {
    const regionName = (code: string) => findRegion(code)?.name ?? code;
    return reject(
      invalid(
        `Partnerships merge within a region: ${name} is in ${regionName(region)}, ${successor.name} in ${regionName(successor.region)}`,
        'successorId',
      ),
    );
  }
  return accept({
    type: 'PartnershipMerged',
    schemaVersion: 1,
    data: { partnershipId, successorId, ...grounds.value },
  });
}
