import { Controller, Get, Logger, Query, Req, Res, type OnModuleDestroy } from '@nestjs/common';
import { AccessTokenVerifier, bearerToken, type ErrorCode } from '@nsf/api-core';
import { isRegionCode, mayFollowChanges, type Actor, type RegionCode } from '@nsf/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OverviewChanges } from './overview-changes';
import { ServerSentEvents } from './server-sent-events';

/** Well inside the idle timeouts of common proxies and load balancers (often 60 s). */
const KEEP_ALIVE_MS = 20_000;
/** Open streams one user may hold at once: a few browser tabs, not an exhausted server. */
const MAX_STREAMS_PER_USER = 8;

/**
 * `GET /events/overview[?region=CODE]`: a server-sent events stream that tells an open overview
 * when one of its partnerships changed — `event: partnership-changed` with
 * `{ partnershipId, region, eventType, globalPosition }` — once the overview read model has
 * applied the change, so a refetch shows it. `event: ready` says following has begun.
 *
 * The caller is identified by the same bearer token as GraphQL, in the Authorization header and
 * never in the URL (a URL ends up in logs, history and Referer headers); the admin app reads the
 * stream with fetch, which can send the header, where EventSource cannot. With a region, the
 * caller must be one who may see that region's overview; without, they hear of every partnership
 * they may see (a partnership's own people of theirs alone).
 */
@Controller('events')
export class OverviewEventsController implements OnModuleDestroy {
  private readonly logger = new Logger('OverviewEvents');
  private readonly open = new Set<ServerSentEvents>();
  private readonly streamsOf = new Map<string, number>();

  constructor(
    private readonly tokens: AccessTokenVerifier,
    private readonly changes: OverviewChanges,
  ) {}

  @Get('overview')
  async overview(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('region') regionParam: string | undefined,
  ): Promise<void> {
    const token = bearerToken(request) ?? '';
    const actor = await this.tokens.verify(token);
    if (!actor) return refuse(reply, 401, 'UNAUTHENTICATED', 'Sign in to follow the overview.');
    const region = regionParam ? regionParam : null;
    if (region !== null && !isRegionCode(region)) {
      return refuse(reply, 400, 'BAD_USER_INPUT', `“${region}” is not a region of England or Wales.`, 'region');
    }
    if (!mayFollowChanges(actor, region)) {
      return refuse(reply, 403, 'FORBIDDEN', 'You may follow the overview of your own region only.');
    }
    if ((this.streamsOf.get(actor.username) ?? 0) >= MAX_STREAMS_PER_USER) {
      return refuse(reply, 429, 'RATE_LIMITED', 'Too many open streams: close another tab first.');
    }
    await this.stream(request, reply, token, actor, region);
  }

  /**
   * Ends every open stream as the platform begins to stop. It must come before the GraphQL
   * module's own shutdown, whose HTTP drain waits (ten seconds) for open responses to finish and
   * then cuts them off: this module is imported after it, so its destroy hook runs first.
   */
  onModuleDestroy(): void {
    for (const stream of this.open) stream.end();
  }

  private async stream(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    actor: Actor,
    region: RegionCode | null,
  ): Promise<void> {
    // From here the response is written by hand; the headers set so far (Helmet's) go with it.
    reply.hijack();
    const already = Object.entries(reply.getHeaders()).filter(
      (header): header is [string, string | number | string[]] => header[1] !== undefined,
    );
    reply.raw.writeHead(200, {
      ...Object.fromEntries(already),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-store, no-transform',
      connection: 'keep-alive',
      // Tells nginx-like proxies not to hold the stream back in a buffer.
      'x-accel-buffering': 'no',
    });
    this.streamsOf.set(actor.username, (this.streamsOf.get(actor.username) ?? 0) + 1);
    let stopFollowing: (() => void) | undefined;
    const events = new ServerSentEvents(reply.raw, {
      keepAliveMs: KEEP_ALIVE_MS,
      stillValid: async () => (await this.tokens.verify(token)) !== null,
      onEnd: () => {
        stopFollowing?.();
        this.open.delete(events);
        const left = (this.streamsOf.get(actor.username) ?? 1) - 1;
        if (left > 0) this.streamsOf.set(actor.username, left);
        else this.streamsOf.delete(actor.username);
      },
    });
    this.open.add(events);
    request.raw.on('close', () => events.end());
    try {
      const stop = await this.changes.follow(actor, region, (change) => events.send('partnership-changed', change));
      // The client may have gone while following began.
      if (events.open) stopFollowing = stop;
      else stop();
    } catch (error) {
      // The response has begun: ending it is the only answer left; the client will reconnect.
      this.logger.error('could not begin following the overview', error);
      events.end();
      return;
    }
    events.send('ready', { region });
  }
}

function refuse(reply: FastifyReply, status: number, code: ErrorCode, message: string, field?: string): void {
  void reply
    .status(status)
    .header('cache-control', 'no-store')
    .send({ code, message, ...(field ? { field } : {}) });
}
