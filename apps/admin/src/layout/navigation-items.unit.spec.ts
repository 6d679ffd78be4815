import type { SessionUser } from '../auth';
import { navigationItems } from './navigation-items';

function user(role: SessionUser['role'], scope: Partial<SessionUser> = {}): SessionUser {
  return { username: 'someone', name: 'Someone', role, region: null, partnershipId: null, expiresAt: null, ...scope };
}

const current = (items: ReturnType<typeof navigationItems>, pathname: string) =>
  items.filter((item) => item.contains(pathname)).map((item) => item.text);

describe('the service navigation', () => {
  it('offers a coordinator the overview, the support pipeline and the partnerships, whose pages belong to the list', () => {
    const items = navigationItems(user('REGIONAL_COORDINATOR', { region: 'NORTH_WEST' }));
    expect(items.map((item) => item.text)).toEqual(['Overview', 'Support pipeline', 'Partnerships']);
    expect(current(items, '/partnerships/north_west-allerdale-cdrp/timeline')).toEqual(['Partnerships']);
    expect(current(items, '/overview')).toEqual(['Overview']);
    expect(current(items, '/support-pipeline')).toEqual(['Support pipeline']);
  });

  it('offers an auditor the overview, the support pipeline, the partnerships and the audit tools', () => {
    const items = navigationItems(user('AUDITOR'));
    expect(items.map((item) => item.text)).toEqual(['Overview', 'Support pipeline', 'Partnerships', 'Audit']);
    expect(current(items, '/audit/partnerships/north_west-allerdale-cdrp/replay')).toEqual(['Audit']);
  });

  it('offers a partnership’s lead their own partnership’s page, every section of it', () => {
    const items = navigationItems(user('PARTNERSHIP_LEAD', { partnershipId: 'north_west-allerdale-cdrp' }));
    expect(items.map((item) => [item.text, item.to])).toEqual([
      ['Partnerships', '/'],
      ['Your partnership', '/partnerships/north_west-allerdale-cdrp'],
    ]);
    expect(current(items, '/partnerships/north_west-allerdale-cdrp')).toEqual(['Your partnership']);
    expect(current(items, '/partnerships/north_west-allerdale-cdrp/actions')).toEqual(['Your partnership']);
    // A partnership whose id merely starts with theirs is another partnership.
    expect(current(items, '/partnerships/north_west-allerdale-cdrp-old')).toEqual(['Partnerships']);
    expect(current(items, '/')).toEqual(['Partnerships']);
  });

  it('offers someone not signed in the partnerships alone', () => {
    expect(navigationItems(null).map((item) => item.text)).toEqual(['Partnerships']);
  });
});
