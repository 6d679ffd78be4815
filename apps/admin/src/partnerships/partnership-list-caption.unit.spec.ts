import { partnershipListCaption } from './partnership-list-caption';

describe('partnershipListCaption', () => {
  it.each([
    [368, null, null, '368 partnerships'],
    [22, null, 'Wales', '22 partnerships in Wales'],
    [17, 'DAAT', 'North West', '17 DAAT partnerships in North West'],
    [1, 'CSP', null, '1 CSP partnership'],
  ] as const)('says %i %s %s as “%s”', (count, type, region, expected) => {
    expect(partnershipListCaption(count, type, region)).toBe(expected);
  });
});
