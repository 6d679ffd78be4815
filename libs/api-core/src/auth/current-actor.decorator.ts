import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@nsf/domain';
import type { RequestWithActor } from './authenticated.guard';

/** The authenticated caller, as attached by AuthenticatedGuard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  if (!request.actor) throw new Error('CurrentActor used on an operation without AuthenticatedGuard');
  return request.actor;
});
