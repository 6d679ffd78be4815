import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatform } from '../testing/platform-harness';
import { schemaCompatibility } from './schema-compatibility';

/**
 * The committed apps/api/schema.graphql is the public contract. This fails when the code and
 * the committed file disagree; `npm run schema:update` rewrites the file after a deliberate change.
 *
 * apps/api/schema.released.graphql is the contract clients were last promised. A generated schema
 * that breaks it (a field, type or argument removed, a type changed, an argument made required…)
 * fails with the list of breaking changes; dangerous changes are printed as warnings.
 * `npm run schema:release` makes the current schema the new baseline, deliberately.
 */
const API_DIR = join(__dirname, '..', '..');
const SCHEMA_FILE = join(API_DIR, 'schema.graphql');
const RELEASED_FILE = join(API_DIR, 'schema.released.graphql');

describe('the GraphQL schema', () => {
  let sdl: string;

  beforeAll(async () => {
    const platform = await startPlatform('pglite');
    try {
      sdl = `${printSchema(lexicographicSortSchema(platform.app.get(GraphQLSchemaHost).schema))}\n`;
    } finally {
      await platform.dispose();
    }
  }, 60_000);

  it('matches the committed apps/api/schema.graphql', () => {
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, sdl);
    expect(sdl).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('breaks no client of the released apps/api/schema.released.graphql', () => {
    if (process.env['RELEASE_SCHEMA'] === '1') writeFileSync(RELEASED_FILE, sdl);
    const { breaking, dangerous } = schemaCompatibility(readFileSync(RELEASED_FILE, 'utf8'), sdl);
    if (dangerous.length > 0) {
      process.stderr.write(
        `Dangerous changes against the released schema (clients may behave differently):\n  ${dangerous.join('\n  ')}\n`,
      );
    }
    // The list itself is the message: it says which change breaks clients.
    expect(breaking).toEqual([]);
  });
});
