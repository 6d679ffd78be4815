import { auditEvent } from '../audit-event.fixture';
import { assessmentChoices, choiceLabel, defaultPair } from './assessment-choices';
import { criterionChangeTag, levelChangeTag, scoreWithLabel, signed } from './change-tags';

const SCALE = new Map([
  [1, 'Not yet in place'],
  [2, 'Developing'],
  [3, 'Established'],
  [4, 'Excelling'],
]);

describe('a criterion’s change between two assessments', () => {
  it('is a gain or a loss by so many levels, or no change', () => {
    expect(criterionChangeTag(2, 3)).toEqual({ text: 'Gain +1', colour: 'govuk-tag--green' });
    expect(criterionChangeTag(3, 1)).toEqual({ text: 'Loss −2', colour: 'govuk-tag--red' });
    expect(criterionChangeTag(2, 2)).toEqual({ text: 'No change', colour: 'govuk-tag--grey' });
  });

  it('cannot be measured when one side was not scored', () => {
    expect(criterionChangeTag(null, 3)).toEqual({ text: 'Not scored before', colour: 'govuk-tag--grey' });
    expect(criterionChangeTag(2, null)).toEqual({ text: 'Not scored after', colour: 'govuk-tag--grey' });
    expect(criterionChangeTag(null, null)).toEqual({ text: 'Not scored in either', colour: 'govuk-tag--grey' });
  });
});

describe('a hallmark’s change of level', () => {
  it('is up, down or the same, and cannot be compared without both levels', () => {
    expect(levelChangeTag(2, 3)).toEqual({ text: 'Level up', colour: 'govuk-tag--green' });
    expect(levelChangeTag(2, 1)).toEqual({ text: 'Level down', colour: 'govuk-tag--red' });
    expect(levelChangeTag(3, 3)).toEqual({ text: 'Same level', colour: 'govuk-tag--grey' });
    expect(levelChangeTag(3, null)).toEqual({ text: 'Cannot compare', colour: 'govuk-tag--grey' });
  });
});

describe('numbers in a comparison', () => {
  it('carry their sign, a true minus for a fall, to two decimals', () => {
    expect(signed(1)).toBe('+1');
    expect(signed(-0.6666)).toBe('−0.67');
    expect(signed(0)).toBe('0');
    expect(signed(-0.001)).toBe('0');
  });

  it('name the level of the scale they stand for', () => {
    expect(scoreWithLabel(2, SCALE)).toBe('Developing (2)');
    expect(scoreWithLabel(2.57, SCALE)).toBe('2.57 (Established)');
    expect(scoreWithLabel(null, SCALE)).toBe('Not scored');
    expect(scoreWithLabel(7, SCALE)).toBe('7');
  });
});

describe('the assessments to choose from', () => {
  const stream = (period: string) => `assessment-north_west-allerdale-cdrp-${period}`;
  const opened = (period: string) =>
    auditEvent({
      type: 'AssessmentOpened',
      streamId: stream(period),
      revision: 0,
      data: { assessmentId: `north_west-allerdale-cdrp-${period}`, period, partnershipId: 'north_west-allerdale-cdrp' },
    });
  const step = (period: string, type: string) => auditEvent({ type, streamId: stream(period) });
  const events = [
    auditEvent({ type: 'PartnershipRegistered', streamId: 'partnership-north_west-allerdale-cdrp' }),
    opened('2010-11'),
    opened('2009-10'),
    step('2009-10', 'CriterionScored'),
    step('2009-10', 'AssessmentSubmitted'),
    step('2009-10', 'AssessmentValidated'),
    step('2010-11', 'AssessmentSubmitted'),
    step('2010-11', 'AssessmentReturned'),
    opened('2011-12'),
  ];

  it('are the opened assessments, oldest period first, each with where it stands now', () => {
    const choices = assessmentChoices(events);
    expect(choices).toEqual([
      { assessmentId: 'north_west-allerdale-cdrp-2009-10', period: '2009-10', status: 'validated' },
      { assessmentId: 'north_west-allerdale-cdrp-2010-11', period: '2010-11', status: 'returned' },
      { assessmentId: 'north_west-allerdale-cdrp-2011-12', period: '2011-12', status: 'open' },
    ]);
    expect(choices.map(choiceLabel)).toEqual(['2009-10 (validated)', '2010-11 (returned)', '2011-12 (open)']);
  });

  it('offer the latest against the one before it, when there are two', () => {
    expect(defaultPair(assessmentChoices(events))).toEqual({
      a: 'north_west-allerdale-cdrp-2010-11',
      b: 'north_west-allerdale-cdrp-2011-12',
    });
    expect(defaultPair(assessmentChoices(events.slice(0, 3)).slice(0, 1))).toBeNull();
  });
});
