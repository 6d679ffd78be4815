import { forbidden, typedError } from '@nsf/api-core';
import { maySelfAssess, partnershipIdOfAssessment, type Actor } from '@nsf/domain';
import type { GraphQLError } from 'graphql';

/**
 * Access is checked on the partnership an assessment belongs to before its stream is read, so
 * a caller learns nothing of another partnership's assessment, not even through a replayed
 * command id.
 */
export function refusalToSelfAssess(actor: Actor, partnershipId: string): GraphQLError | null {
  return maySelfAssess(actor, partnershipId)
    ? null
    : forbidden('Only the national team and the partnership’s own people may work on its self-assessment.');
}

/** The partnership of an assessment the caller may work on; otherwise the typed error to throw. */
export function assessmentAccess(
  actor: Actor,
  assessmentId: string,
): { ok: true; partnershipId: string } | { ok: false; error: GraphQLError } {
  const partnershipId = partnershipIdOfAssessment(assessmentId);
  if (partnershipId === null) {
    return { ok: false, error: typedError('NOT_FOUND', `There is no assessment “${assessmentId}”.`, 'assessmentId') };
  }
  const refusal = refusalToSelfAssess(actor, partnershipId);
  return refusal ? { ok: false, error: refusal } : { ok: true, partnershipId };
}
