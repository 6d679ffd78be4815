import { AccessTokenVerifier, LocalTokenIssuer } from '@nsf/api-core';
import { DEMO_USERS } from '@nsf/demo-data';
import { testDrivers } from '@nsf/sql';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../config/platform-config';
import { startPlatform } from '../testing/platform-harness';

const ME = `{ me { username displayName role region partnershipId mayDo } }`;
interface Me {
  me: {
    username: string;
    displayName: string;
    role: string;
    region: string | null;
    partnershipId: string | null;
    auditedRegions?: string[] | null;
    mayDo: string[];
  };
}

const demoUser = (username: string) => {
  const user = DEMO_USERS.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user;
};

describe.each(testDrivers())('who am I (`me`) on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform(driver);
  });
  afterAll(() => platform.dispose());

  it('tells a regional coordinator their region and what they may do there', async () => {
    const result = await platform.graphql<Me>(ME, {}, await platform.signIn('nora.northwest'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toEqual({
      username: 'nora.northwest',
      displayName: 'Nora Whitfield',
      role: 'REGIONAL_COORDINATOR',
      region: 'NORTH_WEST',
      partnershipId: null,
      mayDo: [
        'See the assessments of partnerships in North West.',
        'Validate or return the assessments of partnerships in North West.',
        'Propose and decide support for partnerships in North West, and record its delivery.',
      ],
    });
  });

  it.each(['nadia.national', 'cerys.lead', 'owen.member', 'aisha.auditor'])(
    'tells %s who they are, as the demo user they signed in as',
    async (username) => {
      const user = demoUser(username);
      const result = await platform.graphql<Me>(ME, {}, await platform.signIn(username));
      expect(result.data?.me).toMatchObject({
        username,
        displayName: user.displayName,
        role: user.role,
        region: user.region,
        partnershipId: user.partnershipId,
      });
      expect(result.data?.me.mayDo.length).toBeGreaterThan(0);
    },
  );

  it('tells an auditor limited to some regions which they are, and an auditor of every region none', async () => {
    const issuer = platform.app.get(LocalTokenIssuer);
    const rhys = {
      ...demoUser('aisha.auditor'),
      username: 'rhys.auditor',
      auditedRegions: ['WALES', 'LONDON'],
    } as const;
    const limited = await platform.graphql<Me>(`{ me { auditedRegions mayDo } }`, {}, await issuer.issue(rhys));
    expect(limited.data?.me).toEqual({
      auditedRegions: ['WALES', 'LONDON'],
      mayDo: [
        'See the assessments and decision history of partnerships in Wales and London, without changing anything.',
      ],
    });
    const everywhere = await platform.graphql<Me>(
      `{ me { auditedRegions } }`,
      {},
      await platform.signIn('aisha.auditor'),
    );
    expect(everywhere.data?.me).toEqual({ auditedRegions: null });
  });

  it('is UNAUTHENTICATED without a token, or with one the platform did not issue', async () => {
    const noToken = await platform.graphql<Me>(ME);
    expect(noToken.data).toBeNull();
    expect(noToken.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const impostor = await LocalTokenIssuer.generate(LOCAL_ISSUER, LOCAL_AUDIENCE);
    const forged = await platform.graphql<Me>(ME, {}, await impostor.issue(demoUser('nadia.national')));
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('publishes its development key at /auth/jwks.json, which verifies its tokens as any JWKS would', async () => {
    const response = await fetch(`${platform.baseUrl}/auth/jwks.json`);
    const jwks = (await response.json()) as { keys: { kty: string; alg: string; kid: string; d?: string }[] };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', alg: 'ES256' })]);
    expect(jwks.keys[0].d).toBeUndefined();

    const verifier = AccessTokenVerifier.forJwks({
      jwksUrl: `${platform.baseUrl}/auth/jwks.json`,
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
    });
    expect(await verifier.verify(await platform.signIn('gwen.wales'))).toEqual(demoUser('gwen.wales'));
  });

  it('keeps its key in the data folder, so a token issued before a restart is still good after it', async () => {
    const token = await platform.signIn('liam.lead');
    await platform.stop();
    const again = await startPlatform(driver, { reuse: { dataDir: platform.dataDir, database: platform.database } });
    try {
      const result = await again.graphql<Me>(ME, {}, token);
      expect(result.data?.me.username).toBe('liam.lead');
    } finally {
      await again.stop();
    }
  });
});
