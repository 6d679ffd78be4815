// The shape of a GraphQL error as the platform sends it, and the codes the screens react to.

/** Codes the API puts in `extensions.code`; anything else is treated as unexpected. */
export type KnownErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface GraphQLErrorItem {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: {
    readonly code?: string;
    /** For BAD_USER_INPUT: the input field at fault, when there is one. */
    readonly field?: string;
    readonly [key: string]: unknown;
  };
}

export function errorCode(error: GraphQLErrorItem): string | undefined {
  return error.extensions?.code;
}

export function hasErrorCode(errors: readonly GraphQLErrorItem[], code: KnownErrorCode): boolean {
  return errors.some((error) => errorCode(error) === code);
}
