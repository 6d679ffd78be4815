import { auditsEveryRegion, auditsRegion } from './audited-regions';
import type { Actor } from './roles';

const auditor: Actor = { username: 'a', displayName: 'A', role: 'AUDITOR', region: null, partnershipId: null };
const ofWales: Actor = { ...auditor, auditedRegions: ['WALES'] };
const coordinator: Actor = { ...auditor, role: 'REGIONAL_COORDINATOR', region: 'WALES' };

describe('an auditor’s remit', () => {
  it('takes in every region when the token names none', () => {
    expect(auditsRegion(auditor, 'LONDON')).toBe(true);
    expect(auditsEveryRegion(auditor)).toBe(true);
  });

  it('takes in only the regions the token names', () => {
    expect(auditsRegion(ofWales, 'WALES')).toBe(true);
    expect(auditsRegion(ofWales, 'LONDON')).toBe(false);
    expect(auditsEveryRegion(ofWales)).toBe(false);
  });

  it('is no one else’s', () => {
    expect(auditsRegion(coordinator, 'WALES')).toBe(false);
    expect(auditsEveryRegion(coordinator)).toBe(false);
  });
});
