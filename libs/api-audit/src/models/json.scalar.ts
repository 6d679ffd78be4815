import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * Any JSON value, passed through as recorded: an event's data and metadata have one shape per
 * event type and schema version, which the audit trail shows as it is rather than re-typing.
 * (No JSON scalar package is installed; this is the whole of what one would do here.)
 */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: an object, array, string, number, boolean or null.',
  serialize: (value: unknown) => value,
  parseValue: (value: unknown) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables ?? undefined),
});
