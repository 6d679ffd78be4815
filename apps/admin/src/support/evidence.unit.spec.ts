import {
  calendarDay,
  citedEvidence,
  dayOf,
  evidenceChoices,
  evidenceLabel,
  unknownEvidenceLabel,
  type EvidenceEntry,
} from './evidence';

const entry = (eventId: string, type: string, occurredAt: string, title = `${type} ${eventId}`): EvidenceEntry => ({
  eventId,
  type,
  title,
  description: `${title}, in plain words.`,
  actor: 'nora.northwest',
  occurredAt,
});

const VALIDATED_2011 = entry('v11', 'AssessmentValidated', '2011-09-05T10:06:30Z', 'Assessment 2011-12 validated');
const SUBMITTED_2011 = entry('s11', 'AssessmentSubmitted', '2011-08-12T15:43:57Z');
const DECIDED_2010 = entry('d10', 'SupportDecided', '2010-11-12T09:30:51Z');
const VALIDATED_2009 = entry('v09', 'AssessmentValidated', '2009-10-15T15:37:56Z');

describe('the evidence offered on a decision form', () => {
  it('is the most recent evidence-like events, newest first, decisions themselves left out', () => {
    const choices = evidenceChoices([VALIDATED_2009, DECIDED_2010, SUBMITTED_2011, VALIDATED_2011], [], 2);
    expect(choices.map((choice) => choice.eventId)).toEqual(['v11', 's11']);
  });

  it('keeps an older event that was already chosen', () => {
    const choices = evidenceChoices([VALIDATED_2009, SUBMITTED_2011, VALIDATED_2011], ['v09'], 2);
    expect(choices.map((choice) => choice.eventId)).toEqual(['v11', 's11', 'v09']);
  });

  it('is labelled with its title and UK day', () => {
    expect(evidenceLabel(VALIDATED_2011)).toBe('Assessment 2011-12 validated, 5 September 2011');
  });
});

describe('the evidence a decision cited', () => {
  it('is told in the timeline’s words where the timeline has it, by id otherwise', () => {
    expect(citedEvidence(['v11', 'gone'], [VALIDATED_2011, DECIDED_2010])).toEqual([
      { eventId: 'v11', entry: VALIDATED_2011 },
      { eventId: 'gone', entry: null },
    ]);
    expect(unknownEvidenceLabel('gone')).toBe('Recorded event gone');
  });
});

describe('dates', () => {
  it('are UK days, GOV.UK style', () => {
    // 23:30 UTC in summer is already the next day in the UK.
    expect(dayOf('2010-06-30T23:30:00Z')).toBe('1 July 2010');
    expect(calendarDay('2010-02-23')).toBe('23 February 2010');
    expect(calendarDay('soon')).toBe('soon');
  });
});
