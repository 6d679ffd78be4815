import { accept, conflict, invalid, notFound, reject, type Decision } from '../shared/domain-error';
import type { SupportCaseEvent, SupportCaseState, SupportDecision } from './support-case';

export interface DecideSupport {
  readonly type: 'DecideSupport';
  readonly decision: SupportDecision;
  readonly rationale: string;
  readonly evidence: readonly string[];
}

const MAX_RATIONALE_LENGTH = 10000;

/**
 * A requested or proposed case is approved, declined or deferred; a deferred one can be decided
 * again later. Every decision states why, so it can be explained to the partnership and audited.
 */
export function decideDecideSupport(command: DecideSupport, state: SupportCaseState): Decision<SupportCaseEvent> {
  if (state.status === 'none') return reject(notFound('There is no such support case'));
  if (state.status !== 'requested' && state.status !== 'proposed' && state.status !== 'deferred') {
    return reject(
      conflict(`The support case is ${state.status}: only a requested, proposed or deferred one can be decided`),
    );
  }
  const rationale = command.rationale.trim();
  if (rationale.length === 0) return reject(invalid('Give the rationale for the decision', 'rationale'));
  if (rationale.length > MAX_RATIONALE_LENGTH) {
    return reject(invalid(`The rationale must be ${MAX_RATIONALE_LENGTH} characters or fewer`, 'rationale'));
  }
  // The same event cited twice adds nothing to the record.
  const evidence = [...new Set(command.evidence.map((id) => id.trim()).filter((id) => id.length > 0))];
  return accept({
    type: 'SupportDecided',
    schemaVersion: 1,
    data: { caseId: state.caseId, decision: command.decision, rationale, evidence },
  });
}
