import { outcomeDetail, outcomeHeading, readOutcome } from './assessment-outcome';
import { readSavedAnswer, savedMessage } from './saved-answer';

describe('what the previous page hands on in history state', () => {
  it('reads an outcome, and ignores anything else', () => {
    const state = { outcome: { kind: 'validated', period: '2011-12', moderated: 1 } };
    const outcome = readOutcome(state);
    expect(outcome && outcomeHeading(outcome)).toBe('The 2011-12 self-assessment has been validated');
    expect(outcome && outcomeDetail(outcome)).toBe('1 score was moderated.');
    expect(readOutcome({ outcome: { kind: 'deleted', period: '2011-12' } })).toBeNull();
    expect(readOutcome(null)).toBeNull();
    expect(readOutcome('submitted')).toBeNull();
  });

  it('reads the answer just saved', () => {
    const saved = readSavedAnswer({ saved: { code: '3.4', level: '3 – Established' } });
    expect(saved && savedMessage(saved)).toBe('Criterion 3.4 saved: 3 – Established');
    expect(readSavedAnswer({ saved: { code: 3 } })).toBeNull();
    expect(readSavedAnswer(undefined)).toBeNull();
  });
});
