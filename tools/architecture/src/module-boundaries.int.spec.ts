import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The module boundaries in eslint.config.mjs only count if lint really rejects a forbidden
 * import. Each case writes a file with one import into a project, lints it with the workspace's
 * own configuration, and removes it again.
 */
const ROOT = join(__dirname, '..', '..', '..');
const BOUNDARY_RULE = '@nx/enforce-module-boundaries';

async function boundaryMessages(projectSrc: string, source: string): Promise<string[]> {
  const file = join(ROOT, projectSrc, `boundary-probe-${process.pid}.ts`);
  writeFileSync(file, source);
  try {
    const [result] = await new ESLint({ cwd: ROOT }).lintFiles([file]);
    return result.messages.filter((message) => message.ruleId === BOUNDARY_RULE).map((message) => message.message);
  } finally {
    rmSync(file, { force: true });
  }
}

describe('module boundaries', () => {
  // The lint rule reads Nx's cached project graph; make sure it reflects the tags as they are now.
  beforeAll(() => createProjectGraphAsync({ exitOnError: false }), 120_000);

  it.each([
    [
      'the domain may not depend on the event store',
      'libs/domain/src',
      `import { EventStore } from '@nsf/event-store';`,
      /tagged with "type:domain" can only depend on libs tagged with "type:util"/,
    ],
    [
      'the domain may not depend on a database',
      'libs/domain/src',
      `import { openDatabase } from '@nsf/sql';`,
      /tagged with "type:domain" can only depend on libs tagged with "type:util"/,
    ],
    [
      'a capability may not reach into another capability',
      'libs/api-partnerships/src',
      `import { FrameworkModule } from '@nsf/api-framework';`,
      /tagged with "type:feature" can only depend on libs tagged with/,
    ],
    [
      'shared libraries may not depend on the API',
      'libs/projections/src',
      `import { AccessTokenVerifier } from '@nsf/api-core';`,
      /tagged with "scope:shared" can only depend on libs tagged with "scope:shared"/,
    ],
    [
      'no deep imports into another project',
      'libs/projections/src',
      `import { chainHash } from '../../event-store/src/hash-chain';`,
      /relative or absolute path/,
    ],
  ])(
    '%s',
    async (_rule, projectSrc, importLine, reason) => {
      const messages = await boundaryMessages(projectSrc, `${importLine}\nexport const probe = 1;\n`);
      expect(messages).toEqual([expect.stringMatching(reason)]);
    },
    60_000,
  );

  it('lets an allowed import through', async () => {
    const messages = await boundaryMessages(
      'libs/api-partnerships/src',
      `import { REGIONS } from '@nsf/domain';\nexport const probe = REGIONS.length;\n`,
    );
    expect(messages).toEqual([]);
  }, 60_000);
});
