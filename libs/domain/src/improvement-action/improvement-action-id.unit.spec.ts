import {
  improvementActionIdFor,
  improvementActionStreamId,
  partnershipIdOfImprovementAction,
} from './improvement-action-id';

const UUID = '3c9d2b1a-7e6f-4a5b-9c8d-0e1f2a3b4c5d';

describe('improvement action ids', () => {
  it('names the partnership, so it can be read back from the id', () => {
    const actionId = improvementActionIdFor('wales-cardiff-csp', UUID.toUpperCase());
    expect(actionId).toBe(`wales-cardiff-csp-${UUID}`);
    expect(partnershipIdOfImprovementAction(actionId)).toBe('wales-cardiff-csp');
  });

  it.each(['wales-cardiff-csp', UUID, '', 'wales-cardiff-csp-2009-10'])('finds no partnership in “%s”', (actionId) => {
    expect(partnershipIdOfImprovementAction(actionId)).toBeNull();
  });

  it('keeps each action on its own stream', () => {
    expect(improvementActionStreamId(`x-${UUID}`)).toBe(`action-x-${UUID}`);
  });
});
