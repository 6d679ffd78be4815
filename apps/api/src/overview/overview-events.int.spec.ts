/**
 * The live channel of the overview over real HTTP (GET /events/overview, server-sent events): a
 * change made through GraphQL reaches an open overview once the read model shows it, and reaches
 * no one who may not see the partnership.
 */
import { PROJECTION_RUNNER } from '@nsf/api-core';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers } from '@nsf/sql';
import { openEventStream, type OpenStream, type StreamEvent } from '../testing/event-stream-client';
import { startPlatform } from '../testing/platform-harness';

const REGISTER = `mutation Reg($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { id } }`;
const DESIGNATE = `mutation D($input: DesignatePriorityInput!) { designatePriority(input: $input) { priority } }`;
const LIFT = `mutation L($input: LiftPriorityInput!) { liftPriority(input: $input) { priority } }`;
const OVERVIEW = `query O($region: String!) { regionOverview(region: $region) { partnerships { partnershipId priority } } }`;

const ALLERDALE = 'north_west-allerdale-cdrp';
const BOLTON = 'north_west-bolton-cdrp';
const CARDIFF = 'wales-cardiff-csp';

describe.each(testDrivers())('the overview’s live channel over HTTP on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let national: string;
  const streams: OpenStream[] = [];

  const open = async (username: string | null, query = ''): Promise<OpenStream> => {
    const token = username === null ? undefined : await platform.signIn(username);
    const stream = await openEventStream(`${platform.baseUrl}/events/overview${query}`, token);
    streams.push(stream);
    return stream;
  };
  /** An open stream that has begun following: whatever is applied from now on, it hears. */
  const following = async (username: string, query = ''): Promise<OpenStream> => {
    const stream = await open(username, query);
    expect(stream.status).toBe(200);
    expect((await stream.next()).event).toBe('ready');
    return stream;
  };
  /** Designates the partnership a priority, or lifts it again when it already is one. */
  const change = async (partnershipId: string) => {
    const input = { partnershipId, rationale: 'The validated scores show it' };
    const designated = await platform.graphql(DESIGNATE, { input }, national);
    if (designated.errors) {
      const lifted = await platform.graphql(LIFT, { input }, national);
      if (lifted.errors) throw new Error(`changing ${partnershipId} failed: ${lifted.errors[0].message}`);
    }
  };
  const changed = (partnershipId: string, region: string) => ({
    event: 'partnership-changed',
    data: {
      partnershipId,
      region,
      eventType: expect.stringMatching(/^Priority/) as unknown,
      globalPosition: expect.any(Number) as unknown,
    },
  });

  beforeAll(async () => {
    platform = await startPlatform(driver);
    national = await platform.signIn('nadia.national');
    for (const [name, region, type] of [
      ['Allerdale CDRP', 'NORTH_WEST', 'CDRP'],
      ['Bolton CDRP', 'NORTH_WEST', 'CDRP'],
      ['Cardiff CSP', 'WALES', 'CSP'],
    ]) {
      const registered = await platform.graphql(REGISTER, { input: { name, region, type } }, national);
      if (registered.errors) throw new Error(`registering ${name} failed: ${registered.errors[0].message}`);
    }
    // The registrations are news to no stream the specs open: let the read models take them in first.
    await platform.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
  });
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });
  afterAll(() => platform.dispose());

  it('tells the coordinator’s open overview of a change, once the overview shows it', async () => {
    const nora = await following('nora.northwest', '?region=NORTH_WEST');
    await change(BOLTON);

    const heard = await nora.next();
    expect(heard).toEqual(changed(BOLTON, 'NORTH_WEST'));
    expect(heard.data).toMatchObject({ eventType: 'PriorityDesignated' });
    // No waiting for the projection: the message itself says the read model has the change.
    const overview = await platform.graphql<{
      regionOverview: { partnerships: { partnershipId: string; priority: boolean }[] };
    }>(OVERVIEW, { region: 'NORTH_WEST' }, await platform.signIn('nora.northwest'));
    expect(overview.data?.regionOverview.partnerships).toContainEqual({ partnershipId: BOLTON, priority: true });
  });

  it('answers as a stream that no cache or proxy holds back', async () => {
    const nora = await following('nora.northwest');
    expect(nora.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(nora.headers.get('cache-control')).toContain('no-cache');
    expect(nora.headers.get('x-accel-buffering')).toBe('no');
  });

  it('tells another region’s coordinator nothing of it, and a partnership only of itself', async () => {
    const gwen = await following('gwen.wales');
    const liam = await following('liam.lead');
    const nora = await following('nora.northwest');

    // In log order: Bolton, then Allerdale, then Cardiff. Each stream hears in that order too,
    // so the first thing a stream hears shows what it was not told before it.
    await change(BOLTON);
    await change(ALLERDALE);
    await change(CARDIFF);
    const heardByNora: StreamEvent[] = [await nora.next(), await nora.next()];
    expect(heardByNora).toEqual([changed(BOLTON, 'NORTH_WEST'), changed(ALLERDALE, 'NORTH_WEST')]);
    expect(await liam.next()).toEqual(changed(ALLERDALE, 'NORTH_WEST'));
    expect(await gwen.next()).toEqual(changed(CARDIFF, 'WALES'));
  });

  it('tells the national team of every region', async () => {
    const nadia = await following('nadia.national');
    await change(CARDIFF);
    await change(ALLERDALE);
    expect([await nadia.next(), await nadia.next()]).toEqual([
      changed(CARDIFF, 'WALES'),
      changed(ALLERDALE, 'NORTH_WEST'),
    ]);
  });

  it.each([
    ['no token', null, '', 401, 'UNAUTHENTICATED'],
    ['a region that does not exist', 'nora.northwest', '?region=ATLANTIS', 400, 'BAD_USER_INPUT'],
    ['another region’s overview', 'gwen.wales', '?region=NORTH_WEST', 403, 'FORBIDDEN'],
    ['a region’s overview to a partnership', 'liam.lead', '?region=NORTH_WEST', 403, 'FORBIDDEN'],
  ])('refuses %s', async (_what, username, query, status, code) => {
    const stream = await open(username, query);
    expect({ status: stream.status, refusal: stream.refusal }).toMatchObject({ status, refusal: { code } });
  });

  it('takes the token only from the Authorization header, never from the URL', async () => {
    const token = await platform.signIn('nora.northwest');
    const stream = await open(null, `?access_token=${encodeURIComponent(token)}&token=${encodeURIComponent(token)}`);
    expect(stream.status).toBe(401);
  });

  it('lets a user hold a few streams at once, and frees each one the client closes', async () => {
    const held = await Promise.all(Array.from({ length: 8 }, () => open('maya.member')));
    expect(held.map((stream) => stream.status)).toEqual(held.map(() => 200));
    expect((await open('maya.member')).status).toBe(429);
    for (const stream of held) stream.close();
    // The server hears of each close when the connection goes: wait for that, not for a time.
    let reopened: OpenStream | undefined;
    for (let attempt = 0; attempt < 200 && reopened?.status !== 200; attempt++) {
      reopened?.close();
      await new Promise((resolve) => setTimeout(resolve, 25));
      reopened = await open('maya.member');
    }
    expect(reopened?.status).toBe(200);
  });

  // Last: it stops the platform.
  it('ends open streams when the platform stops, so it can stop', async () => {
    const nora = await following('nora.northwest');
    await platform.stop();
    await expect(nora.next()).rejects.toThrow('the stream ended');
  });
});
