import type { AssessmentState, OpenedAssessment, OpenedAssessmentStatus } from '../assessment/assessment';
import { deciderSpecification } from '../testing/decider-specification';
import type { RecordSupportOutcome } from './record-support-outcome.decide';
import type { HallmarkMovement, SupportCaseEvent } from './support-case';
import { supportCaseDecider } from './support-case.decide';
import { CASE_ID, NEED, PARTNERSHIP_ID, decided, delivered, requested } from './support-case.fixtures';

const spec = deciderSpecification(supportCaseDecider);

const NOTES = 'The analysts now run problem-solving on every hotspot';
const NOT_OPENED: AssessmentState = { status: 'not_opened' };

/** A partnership's assessment for a period with these self-scores (and moderated scores, if any). */
function assessment(
  period: string,
  scores: Record<string, number>,
  options: { status?: OpenedAssessmentStatus; moderated?: Record<string, number>; partnershipId?: string } = {},
): OpenedAssessment {
  const partnershipId = options.partnershipId ?? PARTNERSHIP_ID;
  const status = options.status ?? 'validated';
  return {
    status,
    assessmentId: `${partnershipId}-${period}`,
    partnershipId,
    period,
    frameworkVersion: '2009.1',
    applicableCriteria: Object.keys(scores),
    scores: Object.entries(scores).map(([criterionId, score]) => ({
      criterionId,
      score,
      evidence: { text: null, links: [] },
      rationale: 'Agreed at the board',
    })),
    returnComments: null,
    moderatedScores:
      status === 'validated'
        ? Object.entries(options.moderated ?? {}).map(([criterionId, moderatedScore]) => ({
            criterionId,
            selfScore: scores[criterionId],
            moderatedScore,
            reason: 'The evidence predates the period',
          }))
        : [],
    reviews: [],
  };
}

// The case's offer (problem-solving training) serves intelligence and skills.
const BEFORE = assessment('2008-09', { 'intelligence.1': 2, 'intelligence.2': 2, 'skills.1': 3, 'skills.2': 3 });
const AFTER = assessment('2009-10', { 'intelligence.1': 3, 'intelligence.2': 2, 'skills.1': 3, 'skills.2': 3 });

const recordOutcome = (overrides: Partial<RecordSupportOutcome> = {}): RecordSupportOutcome => ({
  type: 'RecordSupportOutcome',
  assessmentId: AFTER.assessmentId,
  assessment: AFTER,
  baseline: BEFORE,
  notes: NOTES,
  ...overrides,
});

const outcomeRecorded = (
  hallmarks: HallmarkMovement[],
  baselineAssessmentId: string | null = BEFORE.assessmentId,
): SupportCaseEvent => ({
  type: 'SupportOutcomeRecorded',
  schemaVersion: 1,
  data: { caseId: CASE_ID, assessmentId: AFTER.assessmentId, baselineAssessmentId, hallmarks, notes: NOTES },
});

const deliveredHistory = [requested, decided('APPROVED'), delivered];

describe('recording the outcome of support', () => {
  describe('when no case exists', () => {
    it('reports the case as not found', () => {
      spec.given([]).when(recordOutcome()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when requested', () => {
    it('refuses as a conflict: nothing has been delivered', () => {
      spec
        .given([requested])
        .when(recordOutcome())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('only delivered support') });
    });
  });

  describe('when approved', () => {
    it('refuses as a conflict until the support is delivered', () => {
      spec
        .given([requested, decided('APPROVED')])
        .when(recordOutcome())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('approved') });
    });
  });

  describe('when declined', () => {
    it('refuses as a conflict', () => {
      spec
        .given([requested, decided('DECLINED')])
        .when(recordOutcome())
        .thenRejects({ kind: 'conflict' });
    });
  });

  describe('when delivered', () => {
    it('records, per hallmark the offer serves, the average level before and after and how it moved', () => {
      spec
        .given(deliveredHistory)
        .when(recordOutcome({ notes: `  ${NOTES} ` }))
        .then([
          outcomeRecorded([
            { hallmarkId: 'intelligence', before: 2, after: 2.5, movement: 'IMPROVED' },
            { hallmarkId: 'skills', before: 3, after: 3, movement: 'UNCHANGED' },
          ]),
        ]);
    });

    it('reads the coordinator’s moderated scores, so a moderated-down hallmark shows as declined', () => {
      const after = assessment(
        '2009-10',
        { 'intelligence.1': 3, 'intelligence.2': 2, 'skills.1': 3, 'skills.2': 3 },
        {
          moderated: { 'intelligence.1': 1, 'skills.2': 4 },
        },
      );
      spec
        .given(deliveredHistory)
        .when(recordOutcome({ assessment: after }))
        .then([
          outcomeRecorded([
            { hallmarkId: 'intelligence', before: 2, after: 1.5, movement: 'DECLINED' },
            { hallmarkId: 'skills', before: 3, after: 3.5, movement: 'IMPROVED' },
          ]),
        ]);
    });

    it('compares levels to two decimal places, as they are shown', () => {
      const before = assessment('2008-09', { 'intelligence.1': 2, 'intelligence.2': 2, 'intelligence.3': 3 });
      const after = assessment('2009-10', {
        'intelligence.1': 2,
        'intelligence.2': 2,
        'intelligence.3': 3,
        'skills.1': 2,
      });
      spec
        .given(deliveredHistory)
        .when(recordOutcome({ assessment: after, baseline: before }))
        .then([
          outcomeRecorded([
            { hallmarkId: 'intelligence', before: 2.33, after: 2.33, movement: 'UNCHANGED' },
            { hallmarkId: 'skills', before: null, after: 2, movement: 'NO_BASELINE' },
          ]),
        ]);
    });

    it.each<[string, AssessmentState]>([
      ['there is no assessment of the period before', NOT_OPENED],
      ['the assessment of the period before was never validated', { ...BEFORE, status: 'submitted' }],
      ['the baseline given is not of the period before', assessment('2007-08', { 'intelligence.1': 1 })],
    ])('records no baseline when %s', (_case, baseline) => {
      spec
        .given(deliveredHistory)
        .when(recordOutcome({ baseline }))
        .then([
          outcomeRecorded(
            [
              { hallmarkId: 'intelligence', before: null, after: 2.5, movement: 'NO_BASELINE' },
              { hallmarkId: 'skills', before: null, after: 3, movement: 'NO_BASELINE' },
            ],
            null,
          ),
        ]);
    });

    it('reads every hallmark the assessment scores when the offer serves partnership working as a whole', () => {
      const mentoring: SupportCaseEvent = {
        type: 'SupportProposed',
        schemaVersion: 1,
        data: { caseId: CASE_ID, partnershipId: PARTNERSHIP_ID, offerId: 'mentoring', need: NEED },
      };
      const after = assessment('2009-10', { 'leadership.1': 3, 'delivery.1': 2 });
      spec
        .given([mentoring, decided('APPROVED'), delivered])
        .when(recordOutcome({ assessment: after, baseline: NOT_OPENED }))
        .then([
          outcomeRecorded(
            [
              { hallmarkId: 'leadership', before: null, after: 3, movement: 'NO_BASELINE' },
              { hallmarkId: 'delivery', before: null, after: 2, movement: 'NO_BASELINE' },
            ],
            null,
          ),
        ]);
    });

    it('reports an assessment that was never opened as not found', () => {
      spec
        .given(deliveredHistory)
        .when(recordOutcome({ assessmentId: `${PARTNERSHIP_ID}-2010-11`, assessment: NOT_OPENED }))
        .thenRejects({ kind: 'not_found' });
    });

    it.each<[string, Partial<RecordSupportOutcome>, string]>([
      [
        'another partnership’s assessment',
        { assessmentId: 'wales-cardiff-csp-2009-10', assessment: NOT_OPENED },
        'assessmentId',
      ],
      ['an id that names no assessment', { assessmentId: 'not-an-assessment', assessment: NOT_OPENED }, 'assessmentId'],
      ['an assessment not yet validated', { assessment: { ...AFTER, status: 'submitted' } }, 'assessmentId'],
      [
        'an assessment of a period that ended before the delivery',
        { assessmentId: BEFORE.assessmentId, assessment: BEFORE, baseline: NOT_OPENED },
        'assessmentId',
      ],
      ['empty notes', { notes: '  ' }, 'notes'],
      ['notes over 10000 characters', { notes: 'x'.repeat(10001) }, 'notes'],
    ])('rejects %s as invalid input on that field', (_case, overrides, field) => {
      spec.given(deliveredHistory).when(recordOutcome(overrides)).thenRejects({ kind: 'invalid', field });
    });
  });

  describe('when its outcome is recorded', () => {
    it('refuses to record it again, as a conflict', () => {
      spec
        .given([...deliveredHistory, outcomeRecorded([])])
        .when(recordOutcome())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('already recorded') });
    });
  });
});
