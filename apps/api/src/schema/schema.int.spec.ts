import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatform } from '../testing/platform-harness';

/**
 * The committed apps/api/schema.graphql is the public contract. This fails when the code and
 * the committed file disagree; `npm run schema:update` rewrites the file after a deliberate change.
 */
const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

describe('the GraphQL schema', () => {
  it('matches the committed apps/api/schema.graphql', async () => {
    const platform = await startPlatform('pglite');
    try {
      const sdl = `${printSchema(lexicographicSortSchema(platform.app.get(GraphQLSchemaHost).schema))}\n`;
      if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, sdl);
      expect(sdl).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
    } finally {
      await platform.dispose();
    }
  });
});
