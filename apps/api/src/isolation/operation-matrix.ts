import type { Role } from '@nsf/domain';
import { openCaseStreamId, type TenantFixtures } from './tenant-fixtures';

/**
 * Every query and mutation of the committed schema, with a request aimed at a partnership that is
 * foreign to the caller and what each role must get back. The isolation spec fails when the schema
 * has an operation this table does not name, or the table names one the schema no longer has, so
 * a new operation cannot ship without saying who may reach another partnership's data through it.
 *
 * A caller's foreign partnership is the demo partnership outside their scope (Cardiff for the North
 * West's people, Allerdale for Wales'); the national team and auditors of every region have none,
 * so for them the same request is aimed at Cardiff and shows what their wider scope allows. An
 * auditor limited to some regions (Wales and London) is aimed at Allerdale, outside them.
 */
export type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'NOT_FOUND';

/** Who calls: each role, and an auditor whose token limits them to some regions. */
export type Caller = Role | 'AUDITOR_OF_REGIONS';

/** One request: a document whose single root field is the operation, and its variables for a target. */
export interface Probe {
  readonly document: string;
  readonly variables: (target: TenantFixtures) => Record<string, unknown>;
}

export type MatrixEntry =
  /** Reference data anyone may read, signed in or not; `why` says why it holds nothing of a partnership's. */
  | { readonly kind: 'public'; readonly why: string; readonly probe: Probe }
  /** About the caller only, so there is no foreign data to aim at; it must name the caller and no one else. */
  | { readonly kind: 'caller'; readonly why: string; readonly probe: Probe }
  /** Reaches a partnership's data: per role, what aiming it at a foreign partnership gives. */
  | {
      readonly kind: 'scoped';
      readonly probes: readonly Probe[];
      readonly expected: Readonly<Record<Caller, Outcome>>;
    };

/** Read by whoever reads every partnership (the national team, auditors), and by no one outside the partnership's scope. */
const READ_BY_NATION_AND_AUDITORS: Readonly<Record<Caller, Outcome>> = {
  NATIONAL: 'ALLOWED',
  AUDITOR: 'ALLOWED',
  AUDITOR_OF_REGIONS: 'FORBIDDEN',
  REGIONAL_COORDINATOR: 'FORBIDDEN',
  PARTNERSHIP_LEAD: 'FORBIDDEN',
  PARTNERSHIP_MEMBER: 'FORBIDDEN',
};

/** A change outside the caller's scope: only the national team, whose scope is every partnership; never an auditor. */
const CHANGED_BY_NATION_ONLY: Readonly<Record<Caller, Outcome>> = {
  NATIONAL: 'ALLOWED',
  AUDITOR: 'FORBIDDEN',
  AUDITOR_OF_REGIONS: 'FORBIDDEN',
  REGIONAL_COORDINATOR: 'FORBIDDEN',
  PARTNERSHIP_LEAD: 'FORBIDDEN',
  PARTNERSHIP_MEMBER: 'FORBIDDEN',
};

const RATIONALE = 'Agreed at the regional review on the evidence cited';

const query = (field: string, args: string, selection: string, variables: Probe['variables']): Probe => ({
  document: `query Probe${args ? `(${args})` : ''} { ${field}${args ? `(${argsOf(args)})` : ''} { ${selection} } }`,
  variables,
});
const mutation = (field: string, inputType: string, selection: string, input: Probe['variables']): Probe => ({
  document: `mutation Probe($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`,
  variables: (target) => ({ input: input(target) }),
});
/** `$id: ID!, $first: Int` → `id: $id, first: $first` */
function argsOf(declarations: string): string {
  return declarations
    .split(',')
    .map((declaration) => declaration.trim().split(':')[0].slice(1))
    .map((name) => `${name}: $${name}`)
    .join(', ');
}

export const QUERY_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  framework: {
    kind: 'public',
    why: 'The published framework: hallmarks, criteria and scale, the same for every partnership.',
    probe: query('framework', '', 'version hallmarks { id }', () => ({})),
  },
  regions: {
    kind: 'public',
    why: 'The nine English regions and Wales: geography, not anyone’s record.',
    probe: query('regions', '', 'code name', () => ({})),
  },
  supportOffers: {
    kind: 'public',
    why: 'The published catalogue of support offers, open to every partnership.',
    probe: query('supportOffers', '', 'id title', () => ({})),
  },
  partnerships: {
    kind: 'public',
    why: 'The directory of partnerships (name, type, region, priority status), public as the framework publishes it.',
    probe: query('partnerships', '$first: Int', 'totalCount edges { node { id } }', () => ({ first: 5 })),
  },
  me: {
    kind: 'caller',
    why: 'Who the token says the caller is; it takes no partnership to aim at.',
    probe: query('me', '', 'username role region partnershipId', () => ({})),
  },
  assessment: {
    kind: 'scoped',
    probes: [
      query('assessment', '$id: ID!', 'id partnershipId status', (t) => ({ id: t.validatedAssessmentId })),
      query('assessment', '$id: ID!', 'id partnershipId status', (t) => ({ id: t.currentAssessmentId })),
    ],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
  improvementAction: {
    kind: 'scoped',
    probes: [query('improvementAction', '$id: ID!', 'id partnershipId owner', (t) => ({ id: t.actionId }))],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
  auditTrail: {
    kind: 'scoped',
    probes: [
      query('auditTrail', '$partnershipId: ID', 'edges { node { id tenantId } }', (t) => ({
        partnershipId: t.partnershipId,
      })),
      query('auditTrail', '$streamId: String', 'edges { node { id tenantId } }', (t) => ({
        streamId: openCaseStreamId(t),
      })),
    ],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
  timeline: {
    kind: 'scoped',
    probes: [
      query('timeline', '$partnershipId: ID!', 'edges { node { eventId title } }', (t) => ({
        partnershipId: t.partnershipId,
      })),
    ],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
  verifyHistory: {
    kind: 'scoped',
    probes: [
      query('verifyHistory', '$partnershipId: ID', 'valid streams { streamId }', (t) => ({
        partnershipId: t.partnershipId,
      })),
      query('verifyHistory', '$streamId: String', 'valid streams { streamId }', (t) => ({
        streamId: openCaseStreamId(t),
      })),
    ],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
  regionOverview: {
    kind: 'scoped',
    probes: [
      query('regionOverview', '$region: String!', 'region partnerships { partnershipId }', (t) => ({
        region: t.region,
      })),
    ],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
  supportPipeline: {
    kind: 'scoped',
    probes: [
      query(
        'supportPipeline',
        '$region: String!',
        'region total stages { status cases { id partnershipId } }',
        (t) => ({
          region: t.region,
        }),
      ),
    ],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
  partnership: {
    kind: 'scoped',
    probes: [
      query('partnership', '$id: ID!', 'asOf county', (t) => ({ id: t.partnershipId })),
      query('partnership', '$id: ID!, $asOf: DateTime', 'asOf county', (t) => ({
        id: t.partnershipId,
        asOf: '2010-06-30T23:59:59.000Z',
      })),
    ],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
  progress: {
    kind: 'scoped',
    probes: [
      query('progress', '$partnershipId: ID!', 'assessmentId hallmarkId effectiveAverage', (t) => ({
        partnershipId: t.partnershipId,
      })),
    ],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
  compareAssessments: {
    kind: 'scoped',
    probes: [
      query('compareAssessments', '$a: ID!, $b: ID!', 'a b gains', (t) => ({
        a: t.validatedAssessmentId,
        b: t.currentAssessmentId,
      })),
    ],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
  nationalOverview: {
    kind: 'scoped',
    // Every region at once, so it holds every caller's foreign partnerships.
    probes: [query('nationalOverview', '', 'partnerships { partnershipId }', () => ({}))],
    expected: READ_BY_NATION_AND_AUDITORS,
  },
};

/**
 * Reads of the whole nation, aimed at no partnership: an auditor limited to some regions is
 * refused them even with their own regions in reach. Every other scoped read answers such an
 * auditor when aimed inside their regions.
 */
export const WHOLE_NATION_READS: readonly string[] = ['nationalOverview'];

const ASSESSMENT = 'id partnershipId status';
const SUPPORT_CASE = 'id partnershipId status';
const PARTNERSHIP = 'id priority escalated successorId';
const ACTION = 'id partnershipId status owner';

/** Uuids the probes name new records by, so the national team's allowed run knows what it created. */
export const PROBE_UUIDS = {
  action: '0b7e5d1c-6a4f-4e2b-9c3d-8f1a2b3c4d01',
  requestedCase: '0b7e5d1c-6a4f-4e2b-9c3d-8f1a2b3c4d02',
  proposedCase: '0b7e5d1c-6a4f-4e2b-9c3d-8f1a2b3c4d03',
} as const;

export const MUTATION_MATRIX: Readonly<Record<string, MatrixEntry>> = {
  registerPartnership: {
    kind: 'scoped',
    probes: [
      mutation('registerPartnership', 'RegisterPartnershipInput', PARTNERSHIP, (t) => ({
        name: 'Isolation Matrix Partnership',
        region: t.region,
        type: t.region === 'WALES' ? 'CSP' : 'CDRP',
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  openAssessment: {
    kind: 'scoped',
    probes: [
      mutation('openAssessment', 'OpenAssessmentInput', ASSESSMENT, (t) => ({
        partnershipId: t.partnershipId,
        period: '2012-13',
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  recordReviewScores: {
    kind: 'scoped',
    probes: [
      mutation('recordReviewScores', 'RecordReviewScoresInput', ASSESSMENT, (t) => ({
        assessmentId: t.currentAssessmentId,
        source: 'PEER_REVIEW',
        reviewer: 'Peer reviewers from a neighbouring partnership',
        reviewedOn: '2012-02-01',
        scores: [{ criterionId: 'leadership.1', score: 3, rationale: 'The board minutes show it working' }],
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  returnAssessment: {
    kind: 'scoped',
    probes: [
      mutation('returnAssessment', 'ReturnAssessmentInput', ASSESSMENT, (t) => ({
        assessmentId: t.currentAssessmentId,
        comments: 'Please add the evidence behind the leadership scores',
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  scoreCriterion: {
    kind: 'scoped',
    probes: [
      mutation('scoreCriterion', 'ScoreCriterionInput', ASSESSMENT, (t) => ({
        assessmentId: t.currentAssessmentId,
        criterionId: 'leadership.1',
        score: 3,
        rationale: 'Agreed at the partnership board',
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  submitAssessment: {
    kind: 'scoped',
    probes: [
      mutation('submitAssessment', 'SubmitAssessmentInput', ASSESSMENT, (t) => ({
        assessmentId: t.currentAssessmentId,
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  validateAssessment: {
    kind: 'scoped',
    probes: [
      mutation('validateAssessment', 'ValidateAssessmentInput', ASSESSMENT, (t) => ({
        assessmentId: t.currentAssessmentId,
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  addImprovementAction: {
    kind: 'scoped',
    probes: [
      mutation('addImprovementAction', 'AddImprovementActionInput', ACTION, (t) => ({
        partnershipId: t.partnershipId,
        actionUuid: PROBE_UUIDS.action,
        assessmentId: t.validatedAssessmentId,
        criterionId: 'intelligence.2',
        description: 'Commission a problem profile of anti-social behaviour',
        owner: 'Partnership analyst',
        dueOn: '2012-10-31',
      })),
    ],
    // Coordinators may manage actions in their own region only; the foreign one is refused.
    expected: CHANGED_BY_NATION_ONLY,
  },
  updateImprovementAction: {
    kind: 'scoped',
    probes: [
      mutation('updateImprovementAction', 'UpdateImprovementActionInput', ACTION, (t) => ({
        actionId: t.actionId,
        owner: 'Someone from outside the partnership',
        note: 'Reassigned',
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  requestSupport: {
    kind: 'scoped',
    probes: [
      mutation('requestSupport', 'RequestSupportInput', SUPPORT_CASE, (t) => ({
        partnershipId: t.partnershipId,
        offerId: 'mentoring',
        need: 'A mentor for the new partnership chair',
        commandId: PROBE_UUIDS.requestedCase,
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  proposeSupport: {
    kind: 'scoped',
    probes: [
      mutation('proposeSupport', 'ProposeSupportInput', SUPPORT_CASE, (t) => ({
        partnershipId: t.partnershipId,
        offerId: 'executive-coaching',
        need: 'The chair asked for coaching through the merger talks',
        commandId: PROBE_UUIDS.proposedCase,
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  decideSupport: {
    kind: 'scoped',
    probes: [
      mutation('decideSupport', 'DecideSupportInput', SUPPORT_CASE, (t) => ({
        caseId: t.openCaseId,
        decision: 'APPROVED',
        rationale: RATIONALE,
        evidence: [t.evidenceEventId],
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  recordSupportDelivered: {
    kind: 'scoped',
    probes: [
      mutation('recordSupportDelivered', 'RecordSupportDeliveredInput', SUPPORT_CASE, (t) => ({
        caseId: t.openCaseId,
        deliveredOn: '2012-02-20',
        notes: 'Two-day course',
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  recordSupportOutcome: {
    kind: 'scoped',
    probes: [
      mutation('recordSupportOutcome', 'RecordSupportOutcomeInput', SUPPORT_CASE, (t) => ({
        caseId: t.deliveredCaseId,
        assessmentId: t.currentAssessmentId,
        notes: 'Read from the validated assessment of the period after delivery',
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  designatePriority: {
    kind: 'scoped',
    probes: [
      mutation('designatePriority', 'DesignatePriorityInput', PARTNERSHIP, (t) => ({
        partnershipId: t.partnershipId,
        rationale: RATIONALE,
        evidence: [t.evidenceEventId],
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  liftPriority: {
    kind: 'scoped',
    probes: [
      mutation('liftPriority', 'LiftPriorityInput', PARTNERSHIP, (t) => ({
        partnershipId: t.partnershipId,
        rationale: RATIONALE,
        evidence: [t.evidenceEventId],
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  escalate: {
    kind: 'scoped',
    probes: [
      mutation('escalate', 'EscalateInput', PARTNERSHIP, (t) => ({
        partnershipId: t.partnershipId,
        concern: 'The partnership board has not met for six months',
        rationale: RATIONALE,
        evidence: [t.evidenceEventId],
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  resolveEscalation: {
    kind: 'scoped',
    probes: [
      mutation('resolveEscalation', 'ResolveEscalationInput', PARTNERSHIP, (t) => ({
        partnershipId: t.partnershipId,
        resolution: 'The board has met and agreed a plan',
        rationale: RATIONALE,
        evidence: [t.evidenceEventId],
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
  mergePartnerships: {
    kind: 'scoped',
    probes: [
      mutation('mergePartnerships', 'MergePartnershipsInput', PARTNERSHIP, (t) => ({
        partnershipId: t.partnershipId,
        successorId: t.neighbourId,
        rationale: RATIONALE,
        evidence: [t.evidenceEventId],
      })),
    ],
    expected: CHANGED_BY_NATION_ONLY,
  },
};

/**
 * The order the national team's allowed changes run in, after every refusal has been checked,
 * so each finds the state it needs (a submitted assessment is returned, re-scored, submitted and
 * validated; a case is decided then delivered) and the merge, which ends the partnership's life
 * on its own, comes last. A mutation missing here runs after these.
 */
export const NATIONAL_CHANGE_ORDER: readonly string[] = [
  'registerPartnership',
  'recordReviewScores',
  'returnAssessment',
  'scoreCriterion',
  'submitAssessment',
  'validateAssessment',
  'openAssessment',
  'addImprovementAction',
  'updateImprovementAction',
  'requestSupport',
  'proposeSupport',
  'decideSupport',
  'recordSupportDelivered',
  'recordSupportOutcome',
  'designatePriority',
  'liftPriority',
  'escalate',
  'resolveEscalation',
  'mergePartnerships',
];
