// What the signed-in person may do about a partnership's support, so each screen offers only the
// actions that can succeed. The API decides (libs/domain: support-access, partnership-decision-
// access); these mirror its rules: a partnership's own lead and members (and the national team)
// request support; its region's coordinator and the national team propose, decide, record
// delivery and outcome, designate and lift priority and escalate; only the national team, to
// whom escalations go, resolves them. A merged partnership takes no more decisions but that one:
// an escalation still open on it is resolved there.
import type { SessionUser } from '../auth';
import type { SupportCaseRecord } from './support-case';

export interface SupportedPartnership {
  readonly partnershipId: string;
  readonly region: string;
  /** The successor it merged into; null while it acts on its own. */
  readonly mergedInto: string | null;
}

export interface SupportPermissions {
  readonly mayRequest: boolean;
  readonly mayManage: boolean;
  readonly mayResolveEscalation: boolean;
}

export const NO_PERMISSIONS: SupportPermissions = { mayRequest: false, mayManage: false, mayResolveEscalation: false };

export function supportPermissions(user: SessionUser | null, partnership: SupportedPartnership): SupportPermissions {
  if (!user) return NO_PERMISSIONS;
  switch (user.role) {
    case 'NATIONAL':
      return { mayRequest: true, mayManage: true, mayResolveEscalation: true };
    case 'REGIONAL_COORDINATOR':
      return { ...NO_PERMISSIONS, mayManage: user.region === partnership.region };
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER':
      return { ...NO_PERMISSIONS, mayRequest: user.partnershipId === partnership.partnershipId };
    case 'AUDITOR':
      return NO_PERMISSIONS;
    default: {
      const _exhaustive: never = user.role;
      return _exhaustive;
    }
  }
}

export type CaseAction = 'decide' | 'deliver' | 'outcome';

/** What can be done next to a case: decide it while undecided or deferred, deliver it once approved, record its outcome once. */
export function caseActions(permissions: SupportPermissions, supportCase: SupportCaseRecord): CaseAction[] {
  if (!permissions.mayManage) return [];
  switch (supportCase.status) {
    case 'REQUESTED':
    case 'PROPOSED':
    case 'DEFERRED':
      return ['decide'];
    case 'APPROVED':
      return ['deliver'];
    case 'DELIVERED':
      return supportCase.outcome ? [] : ['outcome'];
    case 'DECLINED':
      return [];
    default: {
      const _exhaustive: never = supportCase.status;
      return _exhaustive;
    }
  }
}

export type PartnershipDecision = 'designate' | 'lift' | 'escalate' | 'resolve';

export interface PartnershipStanding {
  readonly priority: boolean;
  readonly escalated: boolean;
  readonly merged: boolean;
}

/** The decisions about the partnership itself the person may take now, in the order they are offered. */
export function partnershipDecisions(
  permissions: SupportPermissions,
  standing: PartnershipStanding,
): PartnershipDecision[] {
  if (standing.merged) return standing.escalated && permissions.mayResolveEscalation ? ['resolve'] : [];
  const decisions: PartnershipDecision[] = [];
  if (permissions.mayManage) decisions.push(standing.priority ? 'lift' : 'designate');
  if (standing.escalated) {
    if (permissions.mayResolveEscalation) decisions.push('resolve');
  } else if (permissions.mayManage) {
    decisions.push('escalate');
  }
  return decisions;
}

const MANAGERS_ONLY = 'Only the coordinator of the partnership’s region and the national team can';

const CASE_ACTION_WORDS: Readonly<Record<CaseAction, string>> = {
  decide: 'decide on support',
  deliver: 'record that support was delivered',
  outcome: 'record the outcome of support',
};

/** Why an action cannot be taken on the case now, in words for the person; null when it can. */
export function caseActionRefusal(
  action: CaseAction,
  permissions: SupportPermissions,
  supportCase: SupportCaseRecord,
): string | null {
  if (!permissions.mayManage) return `${MANAGERS_ONLY} ${CASE_ACTION_WORDS[action]}.`;
  if (caseActions(permissions, supportCase).includes(action)) return null;
  const status = supportCase.status.toLowerCase();
  switch (action) {
    case 'decide':
      return `This support is ${status}: only requested, proposed or deferred support can be decided.`;
    case 'deliver':
      return `This support is ${status}: only approved support can be recorded as delivered.`;
    case 'outcome':
      return supportCase.outcome
        ? 'The outcome of this support is already recorded.'
        : `This support is ${status}: an outcome is recorded once the support has been delivered.`;
    default: {
      const _exhaustive: never = action;
      return _exhaustive;
    }
  }
}

/** Why a decision about the partnership cannot be taken now, in words for the person; null when it can. */
export function partnershipDecisionRefusal(
  decision: PartnershipDecision,
  permissions: SupportPermissions,
  standing: PartnershipStanding,
  name: string,
): string | null {
  if (partnershipDecisions(permissions, standing).includes(decision)) return null;
  if (standing.merged && !(decision === 'resolve' && standing.escalated))
    return `${name} has merged into another partnership: decisions about it are made on its successor.`;
  if (decision === 'resolve' && !permissions.mayResolveEscalation) {
    return 'Only the national team, to whom escalations go, can resolve them.';
  }
  if (!permissions.mayManage && decision !== 'resolve') {
    return `${MANAGERS_ONLY} ${decision === 'escalate' ? 'escalate a concern about a partnership' : 'decide its priority status'}.`;
  }
  switch (decision) {
    case 'designate':
      return `${name} is already a priority partnership.`;
    case 'lift':
      return `${name} is not a priority partnership.`;
    case 'escalate':
      return `A concern about ${name} is already with the national team: it must be resolved before another is raised.`;
    case 'resolve':
      return `No concern about ${name} is open to resolve.`;
    default: {
      const _exhaustive: never = decision;
      return _exhaustive;
    }
  }
}
