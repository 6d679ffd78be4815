import { criterionName, hallmarkTitle } from './hallmark-names';

const HALLMARKS = [
  { id: 'leadership', number: 1, title: 'Empowered & Effective Leadership' },
  { id: 'communities', number: 3, title: 'Engaged Communities' },
];

describe('hallmarks and criteria in words', () => {
  it('names a hallmark by its title, or by its id when the framework has no such hallmark', () => {
    expect(hallmarkTitle(HALLMARKS, 'communities')).toBe('Engaged Communities');
    expect(hallmarkTitle(HALLMARKS, 'unknown')).toBe('unknown');
  });

  it('names a criterion by its number within the hallmark', () => {
    expect(criterionName('communities.3')).toBe('criterion 3');
    expect(criterionName('leadership.10')).toBe('criterion 10');
    expect(criterionName('odd')).toBe('odd');
  });
});
