import {
  evolveAssessment,
  initialAssessmentState,
  type AssessmentEvent,
  type AssessmentState,
} from '../assessment/assessment';
import type { PartnershipSetting } from '../framework/criteria';
import { deciderSpecification } from '../testing/decider-specification';
import type { AddImprovementAction } from './add-improvement-action.decide';
import { improvementActionDecider } from './improvement-action.decide';
import {
  ACTION_ID,
  ASSESSMENT_ID,
  DESCRIPTION,
  DUE_ON,
  OWNER,
  PARTNERSHIP_ID,
  added,
  addedWith,
  started,
} from './improvement-action.fixtures';

const spec = deciderSpecification(improvementActionDecider);

const ENGLAND_TWO_TIER: PartnershipSetting = { country: 'England', twoTier: true };
const ENGLAND_UNITARY: PartnershipSetting = { country: 'England', twoTier: false };
const WALES: PartnershipSetting = { country: 'Wales', twoTier: false };

const add = (overrides: Partial<AddImprovementAction> = {}): AddImprovementAction => ({
  type: 'AddImprovementAction',
  actionId: ACTION_ID,
  partnershipId: PARTNERSHIP_ID,
  setting: ENGLAND_TWO_TIER,
  criterionId: 'intelligence.1',
  assessmentId: null,
  assessment: initialAssessmentState,
  description: DESCRIPTION,
  owner: OWNER,
  dueOn: DUE_ON,
  ...overrides,
});

/** The 2009-10 assessment of the partnership, as its stream tells it after these events. */
const assessmentAfter = (...types: ('submitted' | 'validated')[]): AssessmentState => {
  const events: AssessmentEvent[] = [
    {
      type: 'AssessmentOpened',
      schemaVersion: 1,
      data: {
        assessmentId: ASSESSMENT_ID,
        partnershipId: PARTNERSHIP_ID,
        period: '2009-10',
        frameworkVersion: '2009.1',
        applicableCriteria: ['intelligence.1', 'intelligence.2'],
      },
    },
  ];
  if (types.includes('submitted')) {
    events.push({
      type: 'AssessmentSubmitted',
      schemaVersion: 1,
      data: { assessmentId: ASSESSMENT_ID, scoredCriteria: 2 },
    });
  }
  if (types.includes('validated')) {
    events.push({
      type: 'AssessmentValidated',
      schemaVersion: 1,
      data: { assessmentId: ASSESSMENT_ID, moderatedScores: [] },
    });
  }
  return events.reduce(evolveAssessment, initialAssessmentState);
};

const citing = (assessment: AssessmentState, assessmentId = ASSESSMENT_ID) => add({ assessmentId, assessment });

describe('adding an improvement action', () => {
  describe('when no action exists', () => {
    it('adds it, not started, with its hallmark and framework edition and the text tidied', () => {
      spec
        .given([])
        .when(add({ description: `  ${DESCRIPTION} `, owner: ` ${OWNER}  `, dueOn: ` ${DUE_ON} ` }))
        .then([added]);
    });

    it('rejects a criterion the framework does not have as invalid input on the criterion', () => {
      spec
        .given([])
        .when(add({ criterionId: 'intelligence.99' }))
        .thenRejects({ kind: 'invalid', field: 'criterionId', message: expect.stringContaining('intelligence.99') });
    });

    it('rejects the England-only criterion for a Welsh partnership', () => {
      spec
        .given([])
        .when(add({ setting: WALES, criterionId: 'communities.4' }))
        .thenRejects({ kind: 'invalid', field: 'criterionId', message: expect.stringContaining('England') });
    });

    it('rejects a two-tier criterion for a unitary area', () => {
      spec
        .given([])
        .when(add({ setting: ENGLAND_UNITARY, criterionId: 'accountability.2' }))
        .thenRejects({ kind: 'invalid', field: 'criterionId', message: expect.stringContaining('two-tier') });
    });

    it('accepts a two-tier criterion for a district of a two-tier area', () => {
      spec
        .given([])
        .when(add({ criterionId: 'accountability.2' }))
        .then([addedWith({ hallmarkId: 'accountability', criterionId: 'accountability.2' })]);
    });

    it.each([
      ['an empty description', { description: '  ' }, 'description'],
      ['a description over 2000 characters', { description: 'x'.repeat(2001) }, 'description'],
      ['an empty owner', { owner: '' }, 'owner'],
      ['an owner over 200 characters', { owner: 'x'.repeat(201) }, 'owner'],
      ['a date in another format', { dueOn: '31/03/2010' }, 'dueOn'],
      ['a date not on the calendar', { dueOn: '2010-02-30' }, 'dueOn'],
      ['no date', { dueOn: '' }, 'dueOn'],
    ])('rejects %s as invalid input on that field', (_case, overrides: Partial<AddImprovementAction>, field) => {
      spec.given([]).when(add(overrides)).thenRejects({ kind: 'invalid', field });
    });
  });

  describe('when no action exists and it cites a validated assessment', () => {
    it('records the assessment the weakness was found in', () => {
      spec
        .given([])
        .when(citing(assessmentAfter('submitted', 'validated')))
        .then([addedWith({ assessmentId: ASSESSMENT_ID })]);
    });

    it('rejects a criterion the assessment did not cover, on the criterion', () => {
      spec
        .given([])
        .when({ ...citing(assessmentAfter('submitted', 'validated')), criterionId: 'leadership.1' })
        .thenRejects({ kind: 'invalid', field: 'criterionId', message: expect.stringContaining('2009-10') });
    });
  });

  describe('when no action exists and it cites an assessment that is not validated', () => {
    it.each([
      ['open', assessmentAfter()],
      ['submitted', assessmentAfter('submitted')],
    ])('rejects an %s assessment as invalid input on the assessment', (status, assessment) => {
      spec
        .given([])
        .when(citing(assessment))
        .thenRejects({ kind: 'invalid', field: 'assessmentId', message: expect.stringContaining(status) });
    });

    it('rejects an assessment that does not exist', () => {
      spec
        .given([])
        .when(citing(initialAssessmentState))
        .thenRejects({ kind: 'invalid', field: 'assessmentId', message: expect.stringContaining('no assessment') });
    });

    it('rejects another partnership’s assessment, whatever its state', () => {
      spec
        .given([])
        .when(citing(assessmentAfter('submitted', 'validated'), 'wales-cardiff-csp-2009-10'))
        .thenRejects({ kind: 'invalid', field: 'assessmentId', message: expect.stringContaining('not an assessment') });
    });
  });

  describe('when added', () => {
    it('refuses to add the same action twice, as a conflict', () => {
      spec.given([added]).when(add()).thenRejects({ kind: 'conflict' });
    });
  });

  describe('when in progress', () => {
    it('refuses to add it again, as a conflict', () => {
      spec.given([added, started]).when(add()).thenRejects({ kind: 'conflict' });
    });
  });
});
