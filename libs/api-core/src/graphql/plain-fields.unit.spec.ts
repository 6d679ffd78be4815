import { ObjectTypeDefinitionFactory } from '@nestjs/graphql/dist/schema-builder/factories/object-type-definition.factory.js';
import {
  GraphQLInt,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  graphql,
  type GraphQLFieldResolver,
} from 'graphql';
import { readPlainFieldsDirectly } from './plain-fields';

/** The resolver NestJS itself makes for an `@Field` (its own factory method, not a copy of it). */
function nestAccessor(
  name: string,
  options: { defaultValue?: unknown; middleware?: unknown[] } = {},
): GraphQLFieldResolver<unknown, unknown> {
  const factory = Object.create(ObjectTypeDefinitionFactory.prototype) as {
    createFieldResolver(field: unknown, options: unknown): GraphQLFieldResolver<unknown, unknown>;
  };
  const field = { name, options: { defaultValue: options.defaultValue }, middleware: options.middleware ?? [] };
  return factory.createFieldResolver(field, { fieldMiddleware: [] });
}

function schemaOf(): GraphQLSchema {
  const row = new GraphQLObjectType({
    name: 'Row',
    fields: {
      plain: { type: GraphQLString, resolve: nestAccessor('plain') },
      withDefault: { type: GraphQLInt, resolve: nestAccessor('withDefault', { defaultValue: 7 }) },
      renamed: { type: GraphQLString, resolve: nestAccessor('underTheHood') },
      withMiddleware: {
        type: GraphQLString,
        resolve: nestAccessor('withMiddleware', { middleware: [(_: unknown, next: () => unknown) => next()] }),
      },
      computed: { type: GraphQLString, resolve: () => 'computed' },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        row: { type: row, resolve: nestAccessor('row') },
      },
    }),
  });
}

describe('reading plain fields directly', () => {
  it('drops NestJS’s accessor from plain fields only', () => {
    const schema = readPlainFieldsDirectly(schemaOf());
    const fields = (schema.getType('Row') as GraphQLObjectType).getFields();
    expect(fields['plain'].resolve).toBeUndefined();
    expect(fields['withDefault'].resolve).toBeDefined();
    expect(fields['renamed'].resolve).toBeDefined();
    expect(fields['withMiddleware'].resolve).toBeDefined();
    expect(fields['computed'].resolve).toBeDefined();
    // Root fields are the resolvers' own.
    expect(schema.getQueryType()?.getFields()['row'].resolve).toBeDefined();
  });

  it('answers exactly as before', async () => {
    const query = '{ row { plain withDefault renamed withMiddleware computed } }';
    const rootValue = { row: { plain: 'a', underTheHood: 'b', withMiddleware: 'c' } };
    const before = await graphql({ schema: schemaOf(), source: query, rootValue });
    const after = await graphql({ schema: readPlainFieldsDirectly(schemaOf()), source: query, rootValue });
    expect(after).toEqual(before);
    expect(after.data).toEqual({
      row: { plain: 'a', withDefault: 7, renamed: 'b', withMiddleware: 'c', computed: 'computed' },
    });
  });
});
