import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OperationTypeNode, type GraphQLResolveInfo } from 'graphql';
import type { Actor, Role } from '@nsf/domain';
import { forbidden, unauthenticated } from '../graphql/graphql-errors';
import { MutationRateLimiter } from '../limits/mutation-rate-limiter';
import { AccessTokenVerifier } from './access-token-verifier';

const ROLES_KEY = 'nsf:roles';

/** Restricts a resolver to the given roles (checked after authentication). */
export const RequireRoles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The part of the HTTP request the guard needs, whatever the HTTP adapter. */
export interface RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}

/**
 * Lets a GraphQL operation through only with a valid bearer token, and attaches the caller
 * to the request for `@CurrentActor()`. Missing or bad token → UNAUTHENTICATED; too many
 * mutations this minute → RATE_LIMITED; a role the operation does not allow → FORBIDDEN.
 */
@Injectable()
export class AuthenticatedGuard implements CanActivate {
  constructor(
    private readonly tokens: AccessTokenVerifier,
    private readonly mutationLimit: MutationRateLimiter,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext<{ req: RequestWithActor }>().req;
    const actor = await this.tokens.verify(bearerToken(request) ?? '');
    if (!actor) throw unauthenticated();
    // Every attempted change counts, allowed or not, so refusals cannot be used to probe freely.
    if (isRootMutation(gql.getInfo<GraphQLResolveInfo>())) this.mutationLimit.take(actor.username);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && !roles.includes(actor.role)) {
      throw forbidden(`Your role (${actor.role}) may not do this.`);
    }
    request.actor = actor;
    return true;
  }
}

/** A top-level mutation field: one change asked for (fields of its result are not counted again). */
function isRootMutation(info: GraphQLResolveInfo | undefined): boolean {
  return info !== undefined && info.operation.operation === OperationTypeNode.MUTATION && info.path.prev === undefined;
}

export function bearerToken(request: RequestWithActor): string | null {
  const header = request.headers['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1] : null;
}
