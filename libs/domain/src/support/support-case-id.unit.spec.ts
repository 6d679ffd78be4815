import { partnershipIdOfSupportCase, supportCaseIdFor, supportCaseStreamId } from './support-case-id';

const UUID = '0b6f1c2e-3d4a-4b5c-8d6e-7f8091a2b3c4';

describe('support case ids', () => {
  it('names the partnership, so it can be read back from the id', () => {
    const caseId = supportCaseIdFor('north_west-allerdale-cdrp', UUID);
    expect(caseId).toBe(`north_west-allerdale-cdrp-${UUID}`);
    expect(partnershipIdOfSupportCase(caseId)).toBe('north_west-allerdale-cdrp');
  });

  it.each(['north_west-allerdale-cdrp', UUID, '', 'north_west-allerdale-cdrp-not-a-uuid'])(
    'finds no partnership in “%s”',
    (caseId) => {
      expect(partnershipIdOfSupportCase(caseId)).toBeNull();
    },
  );

  it('keeps each case on its own stream', () => {
    expect(supportCaseStreamId(`x-${UUID}`)).toBe(`support-x-${UUID}`);
  });
});
