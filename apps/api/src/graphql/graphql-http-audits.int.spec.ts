/**
 * The GraphQL over HTTP conformance audits of graphql-http against the real platform (PGlite, no
 * demo data): every MUST audit passes. The SHOULD and MAY audits are run too and their results
 * reported, so a regression in what passes today shows in the test output.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { startPlatform, type PlatformHarness } from '../testing/platform-harness';

const audits = serverAudits({ url: () => `${harness.baseUrl}/graphql`, fetchFn: fetch });
let harness: PlatformHarness;

beforeAll(async () => {
  harness = await startPlatform('pglite', { seedDemoData: false });
}, 60_000);

afterAll(async () => {
  await harness?.dispose();
});

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  it.each(audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit] as const))(
    '%s',
    async (_name, audit) => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${describeFailure(result)}`).toBe('ok');
    },
  );

  it('reports the SHOULD and MAY audits', async () => {
    const results = await Promise.all(
      audits
        .filter((audit) => !audit.name.startsWith('MUST'))
        .map(async (audit) => ({ audit, result: await audit.fn() })),
    );
    const lines = results.map(({ audit, result }) =>
      result.status === 'ok'
        ? `ok    ${audit.name}`
        : `${result.status.padEnd(5)} ${audit.name}: ${describeFailure(result)}`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    expect(results.length).toBeGreaterThan(0);
  });
});

function describeFailure(result: AuditResult): string {
  return 'reason' in result ? result.reason : '';
}
