import { allCriteria, criteriaApplicableTo, findCriterion, findScaleLevel, settingOf } from './criteria';
import type { Framework } from './framework';
import { CURRENT_FRAMEWORK } from './frameworks';

const ids = (criteria: readonly { id: string }[]): string[] => criteria.map((criterion) => criterion.id);

describe('which criteria apply to a partnership', () => {
  it('a Welsh CSP is assessed against neither the England-only nor the two-tier criterion', () => {
    const criteria = criteriaApplicableTo({ country: 'Wales', twoTier: false });
    expect(criteria).toHaveLength(41);
    expect(ids(criteria)).not.toContain('communities.4');
    expect(ids(criteria)).not.toContain('accountability.2');
  });

  it('an English unitary is assessed against the Comprehensive Area Assessment criterion but not the two-tier one', () => {
    const criteria = criteriaApplicableTo({ country: 'England', twoTier: false });
    expect(criteria).toHaveLength(42);
    expect(ids(criteria)).toContain('communities.4');
    expect(ids(criteria)).not.toContain('accountability.2');
  });

  it('a district of a two-tier county is assessed against all 43, in framework order', () => {
    const criteria = criteriaApplicableTo({ country: 'England', twoTier: true });
    expect(ids(criteria)).toEqual(ids(allCriteria()));
    expect(criteria).toHaveLength(43);
  });

  it('keeps the delivery-structure criterion for everyone, though it mentions two-tier areas', () => {
    expect(ids(criteriaApplicableTo({ country: 'Wales', twoTier: false }))).toContain('delivery.1');
  });

  it('reads the setting from a registered partnership: two-tier when it has a county', () => {
    expect(settingOf({ region: 'NORTH_WEST', county: 'Cumbria' })).toEqual({ country: 'England', twoTier: true });
    expect(settingOf({ region: 'YORKSHIRE_AND_THE_HUMBER', county: null })).toEqual({
      country: 'England',
      twoTier: false,
    });
    expect(settingOf({ region: 'WALES', county: null })).toEqual({ country: 'Wales', twoTier: false });
  });
});

describe('finding a criterion', () => {
  it('finds one by its id, with its hallmark', () => {
    expect(findCriterion('accountability.3')).toMatchObject({
      hallmarkId: 'accountability',
      number: 3,
      text: 'providing an audit trail of how agreements about decisions have been reached.',
    });
  });

  it('finds nothing for an id that is not in the edition', () => {
    expect(findCriterion('leadership.11')).toBeUndefined();
    expect(findCriterion('')).toBeUndefined();
  });
});

describe('an edition with its own scale', () => {
  // A later edition may change the scale; lookups must read the edition they are given.
  const fivePoint: Framework = {
    ...CURRENT_FRAMEWORK,
    version: '2099.1',
    scale: [1, 2, 3, 4, 5].map((level) => ({ level, label: `Level ${level}`, description: `Level ${level}.` })),
  };

  it('is read from that edition, not the current one', () => {
    expect(findScaleLevel(5, fivePoint)?.label).toBe('Level 5');
    expect(findScaleLevel(5)).toBeUndefined();
    expect(findScaleLevel(4)?.label).toBe('Excelling');
  });
});
