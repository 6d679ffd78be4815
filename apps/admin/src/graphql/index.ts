export { graphqlRequest, GraphQLTransportError, GRAPHQL_ENDPOINT } from './graphql-request';
export type { GraphQLResult, GraphQLRequestOptions } from './graphql-request';
export { errorCode, hasErrorCode } from './graphql-error';
export type { GraphQLErrorItem, KnownErrorCode } from './graphql-error';
export { useGraphQLQuery } from './use-graphql-query';
export { newCommandId } from './command-id';
export type { QueryState } from './use-graphql-query';
