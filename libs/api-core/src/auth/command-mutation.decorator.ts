import { applyDecorators, UseGuards } from '@nestjs/common';
import { Mutation, type ReturnTypeFunc } from '@nestjs/graphql';
import type { Role } from '@nsf/domain';
import { AuthenticatedGuard, RequireRoles } from './authenticated.guard';

/**
 * A GraphQL mutation that only signed-in callers of the given roles may call. The finer checks —
 * which partnership, which region — need the records, so the command's handler makes them.
 */
export function CommandMutation(returns: ReturnTypeFunc, options: { description: string; roles: readonly Role[] }) {
  return applyDecorators(
    Mutation(returns, { description: options.description }),
    UseGuards(AuthenticatedGuard),
    RequireRoles(...options.roles),
  );
}
