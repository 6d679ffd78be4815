import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import helmet from 'helmet';

const HELMET_OPTIONS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      styleSrc: ["'self'"],
      scriptSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
    },
  },
};

/**
 * Helmet's security headers on every response. The policy is the same for every request (no nonce,
 * no directive worked out per request), so Helmet is run once, at start, and what it set is given
 * to each reply. The Fastify plugin for Helmet built Helmet again on every request, in an async
 * hook: about 60 µs of a small GraphQL request's 0.4 ms, measured side by side (docs/benchmarks.md).
 */
export function addSecurityHeaders(app: NestFastifyApplication): void {
  const headers = securityHeaders(helmet(HELMET_OPTIONS));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
}

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** The headers a middleware that only sets headers sets, read by running it once on a stand-in response. */
export function securityHeaders(middleware: Middleware): Readonly<OutgoingHttpHeaders> {
  const headers: OutgoingHttpHeaders = {};
  let finished = false;
  let failure: unknown;
  const response = {
    setHeader(name: string, value: number | string | string[]) {
      headers[name.toLowerCase()] = value;
      return response;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error) => {
    finished = true;
    failure = error;
  });
  // A middleware that waits for something, or fails, is not one whose headers can be kept.
  if (!finished || failure !== undefined) throw new Error('the security headers could not be worked out at start');
  return Object.freeze(headers);
}
