import { applyDecorators, UseGuards, UseInterceptors } from '@nestjs/common';
import { Mutation, type ReturnTypeFunc } from '@nestjs/graphql';
import type { Role } from '@nsf/domain';
import { ReadYourWritesInterceptor } from '../commands/read-your-writes.interceptor';
import { AuthenticatedGuard, RequireRoles } from './authenticated.guard';

/**
 * A GraphQL mutation that only signed-in callers of the given roles may call. The finer checks —
 * which partnership, which region — need the records, so the command's handler makes them. Its
 * answer waits for the read models to hold what it wrote (ReadYourWritesInterceptor).
 */
export function CommandMutation(returns: ReturnTypeFunc, options: { description: string; roles: readonly Role[] }) {
  return applyDecorators(
    Mutation(returns, { description: options.description }),
    UseGuards(AuthenticatedGuard),
    RequireRoles(...options.roles),
    UseInterceptors(ReadYourWritesInterceptor),
  );
}
