import { GraphQLError } from 'graphql';
import type { DomainError, DomainErrorKind } from '@nsf/domain';

/**
 * The typed errors clients see, as `extensions.code`. A rejected command always reaches the
 * client through one of these and never as a stack trace.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** Too many mutations from one user in a minute (see MutationRateLimiter). */
  | 'RATE_LIMITED';

const CODE_FOR_KIND: Record<DomainErrorKind, ErrorCode> = {
  invalid: 'BAD_USER_INPUT',
  conflict: 'CONFLICT',
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
};

export function typedError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: field ? { code, field } : { code } });
}

export function graphQLErrorFor(error: DomainError): GraphQLError {
  return typedError(CODE_FOR_KIND[error.kind], error.message, error.field);
}

export const unauthenticated = (): GraphQLError =>
  typedError('UNAUTHENTICATED', 'Sign in to do this: the request carries no valid token.');

export const forbidden = (message: string): GraphQLError => typedError('FORBIDDEN', message);
