import type { Role, SessionUser } from '../auth';
import type { SupportCaseRecord, SupportCaseStatus } from './support-case';
import {
  caseActionRefusal,
  caseActions,
  partnershipDecisionRefusal,
  partnershipDecisions,
  supportPermissions,
  type SupportPermissions,
} from './support-permissions';

const ALLERDALE = { partnershipId: 'north_west-allerdale-cdrp', region: 'NORTH_WEST', mergedInto: null };

const user = (role: Role, scope: Partial<SessionUser> = {}): SessionUser => ({
  username: 'someone',
  name: 'Someone',
  role,
  region: null,
  partnershipId: null,
  expiresAt: null,
  ...scope,
});

const supportCase = (status: SupportCaseStatus, outcomeRecorded = false): SupportCaseRecord => ({
  caseId: `${ALLERDALE.partnershipId}-b261d4e7-9c4c-4e5b-9cab-6200f2f7d6b7`,
  uuid: 'b261d4e7-9c4c-4e5b-9cab-6200f2f7d6b7',
  offerId: 'mentoring',
  need: 'x',
  raised: { how: 'REQUESTED', actor: 'liam.lead', occurredAt: '2011-01-01T00:00:00Z' },
  status,
  decisions: [],
  delivery: null,
  outcome: outcomeRecorded
    ? {
        actor: 'nora.northwest',
        occurredAt: '2012-01-01T00:00:00Z',
        assessmentId: 'a',
        baselineAssessmentId: null,
        hallmarks: [],
        notes: 'n',
      }
    : null,
});

const MANAGER: SupportPermissions = { mayRequest: false, mayManage: true, mayResolveEscalation: false };
const NATIONAL: SupportPermissions = { mayRequest: true, mayManage: true, mayResolveEscalation: true };
const PARTNERSHIP: SupportPermissions = { mayRequest: true, mayManage: false, mayResolveEscalation: false };
const NOBODY: SupportPermissions = { mayRequest: false, mayManage: false, mayResolveEscalation: false };

describe('who may do what about a partnership’s support', () => {
  it.each<[string, SessionUser | null, SupportPermissions]>([
    ['its lead', user('PARTNERSHIP_LEAD', { partnershipId: ALLERDALE.partnershipId }), PARTNERSHIP],
    ['its member', user('PARTNERSHIP_MEMBER', { partnershipId: ALLERDALE.partnershipId }), PARTNERSHIP],
    ['another partnership’s lead', user('PARTNERSHIP_LEAD', { partnershipId: 'wales-cardiff-csp' }), NOBODY],
    ['its region’s coordinator', user('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }), MANAGER],
    ['another region’s coordinator', user('REGIONAL_COORDINATOR', { region: 'WALES' }), NOBODY],
    ['the national team', user('NATIONAL'), NATIONAL],
    ['an auditor', user('AUDITOR'), NOBODY],
    ['nobody signed in', null, NOBODY],
  ])('%s', (_who, person, expected) => {
    expect(supportPermissions(person, ALLERDALE)).toEqual(expected);
  });
});

describe('the next step on a case', () => {
  it.each<[SupportCaseStatus, boolean, string[]]>([
    ['REQUESTED', false, ['decide']],
    ['PROPOSED', false, ['decide']],
    ['DEFERRED', false, ['decide']],
    ['APPROVED', false, ['deliver']],
    ['DECLINED', false, []],
    ['DELIVERED', false, ['outcome']],
    ['DELIVERED', true, []],
  ])('when %s (outcome recorded: %s), those who manage support may %j', (status, outcome, actions) => {
    expect(caseActions(MANAGER, supportCase(status, outcome))).toEqual(actions);
  });

  it('is none for the partnership itself, whatever the state', () => {
    expect(caseActions(PARTNERSHIP, supportCase('REQUESTED'))).toEqual([]);
    expect(caseActions(PARTNERSHIP, supportCase('DELIVERED'))).toEqual([]);
  });

  it('says why a step cannot be taken', () => {
    expect(caseActionRefusal('decide', MANAGER, supportCase('REQUESTED'))).toBeNull();
    expect(caseActionRefusal('decide', PARTNERSHIP, supportCase('REQUESTED'))).toMatch(/^Only the coordinator/);
    expect(caseActionRefusal('decide', MANAGER, supportCase('APPROVED'))).toBe(
      'This support is approved: only requested, proposed or deferred support can be decided.',
    );
    expect(caseActionRefusal('deliver', MANAGER, supportCase('DEFERRED'))).toContain('only approved support');
    expect(caseActionRefusal('outcome', MANAGER, supportCase('DELIVERED', true))).toBe(
      'The outcome of this support is already recorded.',
    );
    expect(caseActionRefusal('outcome', MANAGER, supportCase('APPROVED'))).toContain(
      'once the support has been delivered',
    );
  });
});

describe('decisions about the partnership itself', () => {
  const standing = (priority: boolean, escalated: boolean, merged = false) => ({ priority, escalated, merged });

  it('offers a coordinator to designate or lift priority, and to escalate while nothing is open', () => {
    expect(partnershipDecisions(MANAGER, standing(false, false))).toEqual(['designate', 'escalate']);
    expect(partnershipDecisions(MANAGER, standing(true, false))).toEqual(['lift', 'escalate']);
    expect(partnershipDecisions(MANAGER, standing(true, true))).toEqual(['lift']);
  });

  it('leaves resolving an escalation to the national team', () => {
    expect(partnershipDecisions(NATIONAL, standing(false, true))).toEqual(['designate', 'resolve']);
    expect(partnershipDecisionRefusal('resolve', MANAGER, standing(false, true), 'Allerdale CDRP')).toBe(
      'Only the national team, to whom escalations go, can resolve them.',
    );
  });

  it('offers the partnership and auditors none, and once merged nobody any but resolving an open escalation', () => {
    expect(partnershipDecisions(PARTNERSHIP, standing(false, false))).toEqual([]);
    expect(partnershipDecisions(NOBODY, standing(true, true))).toEqual([]);
    expect(partnershipDecisions(NATIONAL, standing(true, false, true))).toEqual([]);
    expect(partnershipDecisions(MANAGER, standing(true, true, true))).toEqual([]);
    expect(partnershipDecisionRefusal('lift', NATIONAL, standing(true, false, true), 'Allerdale CDRP')).toContain(
      'has merged',
    );
    expect(partnershipDecisionRefusal('resolve', NATIONAL, standing(false, false, true), 'Allerdale CDRP')).toContain(
      'has merged',
    );
  });

  it('leaves the national team to resolve an escalation still open on a merged partnership', () => {
    expect(partnershipDecisions(NATIONAL, standing(true, true, true))).toEqual(['resolve']);
    expect(partnershipDecisionRefusal('resolve', NATIONAL, standing(false, true, true), 'Allerdale CDRP')).toBeNull();
    expect(partnershipDecisionRefusal('resolve', MANAGER, standing(false, true, true), 'Allerdale CDRP')).toBe(
      'Only the national team, to whom escalations go, can resolve them.',
    );
  });

  it('says why a decision cannot be taken in the partnership’s present state', () => {
    expect(partnershipDecisionRefusal('designate', MANAGER, standing(true, false), 'Allerdale CDRP')).toBe(
      'Allerdale CDRP is already a priority partnership.',
    );
    expect(partnershipDecisionRefusal('lift', MANAGER, standing(false, false), 'Allerdale CDRP')).toBe(
      'Allerdale CDRP is not a priority partnership.',
    );
    expect(partnershipDecisionRefusal('escalate', MANAGER, standing(false, true), 'Allerdale CDRP')).toContain(
      'already with the national team',
    );
    expect(partnershipDecisionRefusal('resolve', NATIONAL, standing(false, false), 'Allerdale CDRP')).toBe(
      'No concern about Allerdale CDRP is open to resolve.',
    );
    expect(partnershipDecisionRefusal('designate', PARTNERSHIP, standing(false, false), 'Allerdale CDRP')).toMatch(
      /^Only the coordinator/,
    );
  });
});
