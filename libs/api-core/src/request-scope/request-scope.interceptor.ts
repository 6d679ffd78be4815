import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Observable } from 'rxjs';
import type { RequestWithActor } from '../auth/authenticated.guard';
import { runInRequestScope } from './request-scope';

/**
 * Serves every GraphQL resolver in the request scope of its caller: the actor its guard verified,
 * or no one (public data only) where it has no guard. Guards run before interceptors, so the actor
 * is known here; Nest binds the handler to the context `handle()` is called in.
 */
@Injectable()
export class RequestScopeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const request = GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
    return runInRequestScope(request.actor ?? null, () => next.handle());
  }
}
