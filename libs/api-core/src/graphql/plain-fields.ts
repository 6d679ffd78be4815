import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** The name of the accessor NestJS gives every `@Field` of an object type that has no resolver of its own. */
const NEST_PROPERTY_ACCESSOR = 'rootFieldResolver';

/**
 * Lets the executors read plain fields as plain properties. NestJS gives every field of an object
 * type a resolver that reads `root[property]` (to apply a `defaultValue`); to GraphQL that is a
 * custom resolver like any other, so graphql-js and graphql-jit call it with a built resolve info
 * for every field of every row. The coordinators' overview is about 2,300 such fields, and calling
 * them cost more than the rest of its execution (docs/benchmarks.md).
 *
 * A field loses its resolver only when that resolver is NestJS's accessor and, asked of an empty
 * row, reads exactly the property named like the field and has no default to give: then the
 * default resolver's `source[fieldName]` is the same answer. Resolvers of `@ResolveField`, field
 * middleware and defaults keep theirs. Changes the schema in place and returns it.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && isPlainPropertyRead(field.resolve, field.name)) field.resolve = undefined;
    }
  }
  return schema;
}

function isPlainPropertyRead(resolve: GraphQLFieldResolver<unknown, unknown>, fieldName: string): boolean {
  if (resolve.name !== NEST_PROPERTY_ACCESSOR) return false;
  const read: PropertyKey[] = [];
  const emptyRow = new Proxy(
    {},
    {
      get: (_target, property) => {
        read.push(property);
        return undefined;
      },
    },
  );
  try {
    const answer = (resolve as (root: unknown) => unknown)(emptyRow);
    return answer === undefined && read.length === 1 && read[0] === fieldName;
  } catch {
    return false;
  }
}
