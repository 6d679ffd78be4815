/**
 * The compatibility check against the released baseline, on modified copies of it: removing a
 * field breaks clients, adding one does not, and a new enum value is only dangerous.
 */
import { Kind, parse, print, visit, type FieldDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaCompatibility } from './schema-compatibility';

const RELEASED = readFileSync(join(__dirname, '..', '..', 'schema.released.graphql'), 'utf8');

/** The released schema with the Query type's fields changed by `change`. */
function withQueryFields(change: (fields: readonly FieldDefinitionNode[]) => FieldDefinitionNode[]): string {
  return print(
    visit(parse(RELEASED), {
      ObjectTypeDefinition: (node) =>
        node.name.value === 'Query' ? { ...node, fields: change(node.fields ?? []) } : node,
    }),
  );
}

describe('compatibility with the released schema', () => {
  const firstQuery = (
    parse(RELEASED).definitions.find(
      (definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Query',
    ) as { fields: readonly FieldDefinitionNode[] }
  ).fields[0].name.value;

  it('reports nothing for the released schema itself', () => {
    expect(schemaCompatibility(RELEASED, RELEASED)).toEqual({ breaking: [], dangerous: [] });
  });

  it('reports a removed field as breaking', () => {
    const removed = withQueryFields((fields) => fields.slice(1));
    expect(schemaCompatibility(RELEASED, removed).breaking).toEqual([
      `FIELD_REMOVED: Query.${firstQuery} was removed.`,
    ]);
  });

  it('accepts an added field', () => {
    const added = withQueryFields((fields) => [
      ...fields,
      { ...fields[0], name: { kind: Kind.NAME, value: 'addedForTheTest' }, arguments: [] },
    ]);
    expect(schemaCompatibility(RELEASED, added)).toEqual({ breaking: [], dangerous: [] });
  });

  it('reports a new enum value as dangerous, not breaking', () => {
    const enumName = /^enum (\w+) \{/m.exec(RELEASED)?.[1] ?? '';
    const extended = RELEASED.replace(
      new RegExp(`^enum ${enumName} \\{`, 'm'),
      `enum ${enumName} {\n  ADDED_FOR_THE_TEST`,
    );
    expect(schemaCompatibility(RELEASED, extended)).toEqual({
      breaking: [],
      dangerous: [`VALUE_ADDED_TO_ENUM: ADDED_FOR_THE_TEST was added to enum type ${enumName}.`],
    });
  });
});
