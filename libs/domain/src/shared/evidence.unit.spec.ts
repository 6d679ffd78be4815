import { refusedEvidence } from './evidence';

const ALLERDALE = 'north_west-allerdale-cdrp';
const found = new Map([
  ['event-1', ALLERDALE],
  ['event-2', 'wales-cardiff-csp'],
]);

describe('the evidence a decision cites', () => {
  it('accepts events of the partnership’s own history, and no evidence at all', () => {
    expect(refusedEvidence(['event-1', ' event-1 '], found, ALLERDALE)).toBeNull();
    expect(refusedEvidence([], found, ALLERDALE)).toBeNull();
  });

  it('ignores blank entries, which the decision drops anyway', () => {
    expect(refusedEvidence([' ', 'event-1'], found, ALLERDALE)).toBeNull();
  });

  it('refuses an id that is no event', () => {
    expect(refusedEvidence(['event-1', 'made-up'], found, ALLERDALE)).toEqual({
      kind: 'invalid',
      field: 'evidence',
      message: 'The evidence “made-up” is not an event in this partnership’s history',
    });
  });

  it('refuses another partnership’s event', () => {
    expect(refusedEvidence(['event-2'], found, ALLERDALE)).toMatchObject({ kind: 'invalid', field: 'evidence' });
  });
});
