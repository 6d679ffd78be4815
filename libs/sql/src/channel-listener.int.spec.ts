/**
 * Listening for notifications: on a PostgreSQL server (when DATABASE_URL is set) a listener hears
 * what committed transactions sent, not what rolled back, learns when its connection is lost and
 * hears again once it is back; embedded PGlite offers nothing to listen to.
 */
import { listenOnChannel, type ChannelListener, type Listening } from './channel-listener';
import { createTestDatabase, testDrivers, type TestDatabase } from './testing/test-database';

const CHANNEL = 'nsf_spec_channel';

/** What a listener was told, in order, and a way to wait for the next thing. */
function recorder(): ChannelListener & { told: string[]; until(what: string): Promise<void> } {
  const told: string[] = [];
  const waiting: { what: string; resolve: () => void }[] = [];
  const tell = (what: string) => {
    told.push(what);
    for (const waiter of waiting.filter((candidate) => candidate.what === what)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  return {
    told,
    heard: (payload) => tell(`heard ${payload}`),
    listening: () => tell('listening'),
    lost: () => tell('lost'),
    until: (what) =>
      told.includes(what) ? Promise.resolve() : new Promise((resolve) => waiting.push({ what, resolve })),
  };
}

describe.each(testDrivers())('listening on a %s database', (driver) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(driver);
  });
  afterAll(() => test.dispose());

  if (driver === 'pglite') {
    it('offers no listening: one process opens it, so no one else can have anything to say', () => {
      expect(test.db.listen).toBeUndefined();
    });
    return;
  }

  let listening: Listening | undefined;
  afterEach(() => listening?.stop());

  const listen = async () => {
    const told = recorder();
    const listen = test.db.listen;
    if (!listen) throw new Error('a PostgreSQL database should offer listening');
    listening = listen(CHANNEL, told, { retryDelayMs: 20 });
    await told.until('listening');
    return told;
  };

  it('hears what committed transactions sent, in commit order, and nothing of one rolled back', async () => {
    const told = await listen();
    await test.db.query(`SELECT pg_notify($1, 'first')`, [CHANNEL]);
    await expect(
      test.db.transaction(async (tx) => {
        await tx.query(`SELECT pg_notify($1, 'rolled back')`, [CHANNEL]);
        throw new Error('crash before commit');
      }),
    ).rejects.toThrow('crash before commit');
    await test.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_notify($1, 'second')`, [CHANNEL]);
      await tx.query(`SELECT pg_notify('some_other_channel', 'elsewhere')`);
    });
    await told.until('heard second');
    expect(told.told).toEqual(['listening', 'heard first', 'heard second']);
  });

  it('says when its connection is lost, and listens again', async () => {
    const told = await listen();
    const { rows } = await test.db.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
       WHERE datname = current_database() AND query = $1`,
      [`LISTEN "${CHANNEL}"`],
    );
    expect(rows.map((row) => row.ended)).toEqual([true]);
    await told.until('lost');
    await new Promise<void>((resolve) => {
      const again = setInterval(() => {
        if (told.told.filter((what) => what === 'listening').length === 2) resolve(clearInterval(again));
      }, 10);
    });
    await test.db.query(`SELECT pg_notify($1, 'after')`, [CHANNEL]);
    await told.until('heard after');
    expect(told.told).toEqual(['listening', 'lost', 'listening', 'heard after']);
  });

  it('keeps trying, saying so each time, while the server cannot be reached', async () => {
    const told = recorder();
    const unreachable = new URL(test.url ?? '');
    unreachable.port = '1';
    listening = listenOnChannel({ connectionString: unreachable.toString() }, CHANNEL, told, { retryDelayMs: 5 });
    await new Promise<void>((resolve) => {
      const tried = setInterval(() => {
        if (told.told.length >= 3) resolve(clearInterval(tried));
      }, 10);
    });
    await listening.stop();
    expect(new Set(told.told)).toEqual(new Set(['lost']));
  });

  it('hears nothing more once stopped, and does not listen again', async () => {
    const told = await listen();
    await listening?.stop();
    await test.db.query(`SELECT pg_notify($1, 'too late')`, [CHANNEL]);
    const { rows } = await test.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = $1`,
      [`LISTEN "${CHANNEL}"`],
    );
    expect(rows[0].n).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(told.told).toEqual(['listening']);
  });
});
