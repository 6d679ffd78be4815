import type { Actor } from '@nsf/domain';
import { rowScopeSettings } from '@nsf/row-security';
import { asPlatform, currentRowScope, currentRowScopeKey, runAsCaller } from './request-scope';

const coordinator = (region: NonNullable<Actor['region']>): Actor => ({
  username: `coordinator-${region}`,
  displayName: 'A coordinator',
  role: 'REGIONAL_COORDINATOR',
  region,
  partnershipId: null,
});

describe('the request scope', () => {
  it('carries the caller’s scope through what the request awaits, and its key as the database applies it', async () => {
    const nora = coordinator('NORTH_WEST');
    const seen = await runAsCaller({ actor: nora }, async () => {
      await Promise.resolve();
      return { scope: currentRowScope(), key: currentRowScopeKey() };
    });
    expect(seen.scope).toEqual({ kind: 'regions', regions: ['NORTH_WEST'], appends: true });
    expect(seen.key).toBe(
      JSON.stringify(rowScopeSettings({ kind: 'regions', regions: ['NORTH_WEST'], appends: true })),
    );
  });

  it('gives one actor’s requests one scope, and different actors their own keys', () => {
    const nora = coordinator('NORTH_WEST');
    const first = runAsCaller({ actor: nora }, () => currentRowScope());
    expect(runAsCaller({ actor: nora }, () => currentRowScope())).toBe(first);
    const keys = [nora, coordinator('NORTH_EAST'), { ...nora }].map((actor) =>
      runAsCaller({ actor }, () => currentRowScopeKey()),
    );
    // A copy of the same actor (another token of the same person) is shown the same rows.
    expect(keys[2]).toBe(keys[0]);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('has no scope outside a request, nor as the platform', async () => {
    expect(currentRowScopeKey()).toBeUndefined();
    const inside = await runAsCaller({ actor: null }, () => asPlatform(() => Promise.resolve(currentRowScopeKey())));
    expect(inside).toBeUndefined();
    expect(runAsCaller({ actor: null }, () => currentRowScope())).toEqual({ kind: 'public' });
  });
});
