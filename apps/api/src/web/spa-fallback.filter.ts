import { Catch, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const API_PATHS = /^\/(graphql|auth|health|events)(\/|$|\?)/;

/**
 * Deep links into the admin app (`/partnerships/new`) are the app's routes, not the server's:
 * a browser GET for a page that is not a file gets index.html. API paths keep their 404.
 */
@Catch(NotFoundException)
export class SpaFallbackFilter implements ExceptionFilter {
  private readonly indexFile: string;

  constructor(adminDir: string) {
    this.indexFile = join(adminDir, 'index.html');
  }

  /** Read on each use (deep links are rare), so a rebuilt admin app is served without a restart. */
  private indexHtml(): string | null {
    return existsSync(this.indexFile) ? readFileSync(this.indexFile, 'utf8') : null;
  }

  catch(exception: NotFoundException, host: ArgumentsHost): unknown {
    // GraphQL resolvers report NOT_FOUND through GraphQL, not as HTTP pages.
    if (host.getType<string>() !== 'http') return exception;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    const page = wantsPage && !API_PATHS.test(request.url) ? this.indexHtml() : null;
    if (page) return reply.status(200).type('text/html; charset=utf-8').send(page);
    return reply.status(404).send(exception.getResponse());
  }
}
