/**
 * What a new GraphQL schema does to clients written against the released one (graphql-js's
 * findBreakingChanges and findDangerousChanges): breaking changes fail CI, dangerous ones (a new
 * enum value, a changed default, …) are warnings a reviewer should read.
 */
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

export interface SchemaCompatibility {
  readonly breaking: readonly string[];
  readonly dangerous: readonly string[];
}

export function schemaCompatibility(releasedSdl: string, currentSdl: string): SchemaCompatibility {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  return {
    breaking: findBreakingChanges(released, current).map((change) => `${change.type}: ${change.description}`),
    dangerous: findDangerousChanges(released, current).map((change) => `${change.type}: ${change.description}`),
  };
}
