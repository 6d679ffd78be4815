import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor, Role } from '@nsf/domain';
import { forbidden, unauthenticated } from '../graphql/graphql-errors';
import { AccessTokens } from './access-tokens';

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
 * to the request for `@CurrentActor()`. Missing or bad token → UNAUTHENTICATED; a role the
 * operation does not allow → FORBIDDEN.
 */
@Injectable()
export class AuthenticatedGuard implements CanActivate {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
    const actor = await this.tokens.verify(bearerToken(request) ?? '');
    if (!actor) throw unauthenticated();
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

export function bearerToken(request: RequestWithActor): string | null {
  const header = request.headers['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1] : null;
}
