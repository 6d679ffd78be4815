import {
  assessmentsShowingOutcome,
  outcomeBasis,
  periodEndsOn,
  periodOfAssessment,
  validatedAssessmentsFrom,
} from './outcome-assessments';
import type { HistoryEvent } from './partnership-history.query';

const ID = 'north_west-burnley-cdrp';
const event = (type: string, data: unknown, occurredAt: string): HistoryEvent => ({
  id: `${type}-${occurredAt}`,
  streamId: 'assessment',
  type,
  data,
  actor: 'nora.northwest',
  occurredAt,
});

const HISTORY = [
  event('AssessmentOpened', { assessmentId: `${ID}-2009-10`, period: '2009-10' }, '2009-06-01T09:00:00Z'),
  event('AssessmentValidated', { assessmentId: `${ID}-2009-10` }, '2009-10-15T15:37:56Z'),
  event('AssessmentOpened', { assessmentId: `${ID}-2010-11`, period: '2010-11' }, '2010-06-01T09:00:00Z'),
  event('AssessmentValidated', { assessmentId: `${ID}-2010-11` }, '2010-07-16T15:06:02Z'),
  event('AssessmentOpened', { assessmentId: `${ID}-2011-12`, period: '2011-12' }, '2011-06-01T09:00:00Z'),
  event('AssessmentSubmitted', { assessmentId: `${ID}-2011-12` }, '2011-08-12T15:43:57Z'),
];

describe('the assessments an outcome can be read from', () => {
  it('are the validated ones, the latest period first', () => {
    expect(validatedAssessmentsFrom(HISTORY)).toEqual([
      { assessmentId: `${ID}-2010-11`, period: '2010-11', validatedAt: '2010-07-16T15:06:02Z' },
      { assessmentId: `${ID}-2009-10`, period: '2009-10', validatedAt: '2009-10-15T15:37:56Z' },
    ]);
  });

  it('end on or after the delivery: a financial year ends on 31 March', () => {
    expect(periodEndsOn('2009-10')).toBe('2010-03-31');
    const validated = validatedAssessmentsFrom(HISTORY);
    expect(assessmentsShowingOutcome(validated, '2010-03-31').map((a) => a.period)).toEqual(['2010-11', '2009-10']);
    expect(assessmentsShowingOutcome(validated, '2010-04-01').map((a) => a.period)).toEqual(['2010-11']);
    expect(assessmentsShowingOutcome(validated, '2011-04-01')).toEqual([]);
  });

  it('are named by their period, with or without a baseline', () => {
    expect(periodOfAssessment(`${ID}-2011-12`)).toBe('2011-12');
    expect(outcomeBasis({ assessmentId: `${ID}-2011-12`, baselineAssessmentId: `${ID}-2010-11` })).toBe(
      'Average levels in the validated 2011-12 assessment, against the validated 2010-11 assessment before it.',
    );
    expect(outcomeBasis({ assessmentId: `${ID}-2009-10`, baselineAssessmentId: null })).toContain(
      'no validated assessment of the period before',
    );
  });
});
