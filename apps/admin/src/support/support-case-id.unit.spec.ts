import { caseIdFor, caseUuidOf } from './support-case-id';

const UUID = '3d2076be-2cee-4b87-8ac5-789547050076';

describe('naming a support case', () => {
  it('joins the partnership and the UUID, as the API does', () => {
    expect(caseIdFor('wales-cardiff-csp', UUID.toUpperCase())).toBe(`wales-cardiff-csp-${UUID}`);
  });

  it('reads the UUID back from a case of the same partnership only', () => {
    expect(caseUuidOf('wales-cardiff-csp', `wales-cardiff-csp-${UUID}`)).toBe(UUID);
    expect(caseUuidOf('north_west-allerdale-cdrp', `wales-cardiff-csp-${UUID}`)).toBeNull();
    expect(caseUuidOf('wales-cardiff-csp', 'wales-cardiff-csp-not-a-uuid')).toBeNull();
  });
});
