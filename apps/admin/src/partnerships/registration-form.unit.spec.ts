import { checkRequiredAnswers, EMPTY_REGISTRATION, summaryItems, toRegisterInput } from './registration-form';

describe('checkRequiredAnswers', () => {
  it('asks for every missing answer, in the order of the form', () => {
    const problems = checkRequiredAnswers(EMPTY_REGISTRATION);
    expect(problems && summaryItems(problems)).toEqual([
      { message: 'Enter the partnership’s name', targetId: 'name' },
      { message: 'Select whether the partnership is a CDRP, a DAAT or a CSP', targetId: 'type' },
      { message: 'Select the partnership’s region', targetId: 'region' },
    ]);
  });

  it('treats a name of spaces as no name', () => {
    expect(checkRequiredAnswers({ name: '   ', type: 'DAAT', region: 'LONDON', county: '' })?.fieldErrors).toEqual({
      name: 'Enter the partnership’s name',
    });
  });

  it('leaves the rules about regions and types to the server', () => {
    expect(checkRequiredAnswers({ name: 'Cardiff', type: 'CDRP', region: 'WALES', county: '' })).toBeNull();
  });
});

describe('toRegisterInput', () => {
  it('sends an empty county as null', () => {
    expect(toRegisterInput({ name: 'Camden', type: 'CDRP', region: 'LONDON', county: '  ' }, 'id-1')).toEqual({
      name: 'Camden',
      type: 'CDRP',
      region: 'LONDON',
      county: null,
      commandId: 'id-1',
    });
  });

  it('trims the county it sends', () => {
    expect(
      toRegisterInput({ name: 'Wealden', type: 'CDRP', region: 'SOUTH_EAST', county: ' East Sussex ' }, 'id-2').county,
    ).toBe('East Sussex');
  });
});
