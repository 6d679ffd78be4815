import { runAsCaller } from '@nsf/api-core';
import type { Actor } from '@nsf/domain';
import type { StandingRow } from '../overview-standing';
import { OverviewCache, type OverviewRead } from './overview-cache';
import { CommittedBatchesVersion } from './read-model-version';

const nora: Actor = {
  username: 'nora.northwest',
  displayName: 'Nora',
  role: 'REGIONAL_COORDINATOR',
  region: 'NORTH_WEST',
  partnershipId: null,
};
const ned: Actor = { ...nora, username: 'ned.northeast', region: 'NORTH_EAST' };
const nadia: Actor = { ...nora, username: 'nadia.national', role: 'NATIONAL', region: null };

const T0 = new Date('2026-11-26T09:00:00.000Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

/** A read that says which read it was, so a test sees whether an answer was read again. */
function counted(nextChange?: string | null) {
  let reads = 0;
  const read = (): Promise<OverviewRead> => {
    reads += 1;
    const standings = [{ partnershipId: `read ${reads}` } as unknown as StandingRow];
    return Promise.resolve(nextChange === undefined ? { standings } : { standings, nextChange });
  };
  return { read, reads: () => reads };
}

const first = (standings: readonly StandingRow[]) => standings[0].partnershipId;

describe('the overview cache', () => {
  let version: number;
  let cache: OverviewCache;

  beforeEach(() => {
    version = 1;
    cache = new OverviewCache({ current: () => Promise.resolve(String(version)) });
  });

  describe('given an overview as of an explicit instant', () => {
    const request = { region: 'NORTH_WEST', asOf: T0, instant: T0 };

    it('answers again from what it kept while the read models stay where they were', async () => {
      const source = counted();
      await runAsCaller({ actor: nora }, () => cache.standings(request, source.read));
      const again = await runAsCaller({ actor: nora }, () => cache.standings(request, source.read));
      expect(first(again)).toBe('read 1');
      expect(source.reads()).toBe(1);
    });

    it('reads again once the read models have moved', async () => {
      const source = counted();
      await runAsCaller({ actor: nora }, () => cache.standings(request, source.read));
      version = 2;
      expect(first(await runAsCaller({ actor: nora }, () => cache.standings(request, source.read)))).toBe('read 2');
    });

    it('keeps another instant, another region and another scope apart', async () => {
      const source = counted();
      await runAsCaller({ actor: nora }, () => cache.standings(request, source.read));
      await runAsCaller({ actor: nora }, () =>
        cache.standings({ ...request, asOf: minutes(1), instant: minutes(1) }, source.read),
      );
      await runAsCaller({ actor: nora }, () => cache.standings({ ...request, region: 'NORTH_EAST' }, source.read));
      await runAsCaller({ actor: ned }, () => cache.standings(request, source.read));
      await runAsCaller({ actor: nadia }, () => cache.standings(request, source.read));
      expect(source.reads()).toBe(5);
    });

    it('never keeps under a version taken after the read began', async () => {
      const source = counted();
      // The read models move while the rows are being read: what was read may be the older rows.
      const moving = async () => {
        version = 2;
        return source.read();
      };
      await runAsCaller({ actor: nora }, () => cache.standings(request, moving));
      expect(first(await runAsCaller({ actor: nora }, () => cache.standings(request, source.read)))).toBe('read 2');
    });
  });

  describe('given an overview as of now', () => {
    const now = (instant: Date) => ({ region: 'NORTH_WEST', asOf: null, instant });

    it('answers later instants from what it kept while no row takes effect after the one read', async () => {
      const source = counted(null);
      await runAsCaller({ actor: nora }, () => cache.standings(now(T0), source.read));
      expect(first(await runAsCaller({ actor: nora }, () => cache.standings(now(minutes(30)), source.read)))).toBe(
        'read 1',
      );
    });

    it('reads again at the instant a later row takes effect, and for an earlier instant', async () => {
      const source = counted(minutes(10).toISOString());
      await runAsCaller({ actor: nora }, () => cache.standings(now(T0), source.read));
      await runAsCaller({ actor: nora }, () => cache.standings(now(minutes(9)), source.read));
      expect(source.reads()).toBe(1);
      await runAsCaller({ actor: nora }, () => cache.standings(now(minutes(10)), source.read));
      expect(source.reads()).toBe(2);
      await runAsCaller({ actor: nora }, () => cache.standings(now(minutes(5)), source.read));
      expect(source.reads()).toBe(3);
    });

    it('does not answer "now" from a read that did not say until when it holds', async () => {
      const source = counted();
      await runAsCaller({ actor: nora }, () => cache.standings(now(T0), source.read));
      await runAsCaller({ actor: nora }, () => cache.standings(now(T0), source.read));
      expect(source.reads()).toBe(2);
    });
  });

  it('reads every time outside any request (no scope to key by)', async () => {
    const source = counted();
    await cache.standings({ region: null, asOf: T0, instant: T0 }, source.read);
    await cache.standings({ region: null, asOf: T0, instant: T0 }, source.read);
    expect(source.reads()).toBe(2);
  });
});

describe('the version of an embedded database’s read models', () => {
  it('moves with each batch its runner commits of the read models followed, and only those', async () => {
    const listeners: ((projection: string) => void)[] = [];
    const version = new CommittedBatchesVersion(
      { onCommitted: (listener) => (listeners.push(listener), () => undefined) },
      ['partnerships', 'overview'],
    );
    const before = await version.current();
    listeners.forEach((tell) => tell('audit_events'));
    expect(await version.current()).toBe(before);
    listeners.forEach((tell) => tell('overview'));
    const afterOverview = await version.current();
    expect(afterOverview).not.toBe(before);
    listeners.forEach((tell) => tell('partnerships'));
    expect(await version.current()).not.toBe(afterOverview);
  });
});
