import { Controller, Get, Inject } from '@nestjs/common';
import { SQL_DATABASE } from '@nsf/api-core';
import type { SqlDatabase } from '@nsf/sql';

/**
 * Readiness: the server listens only after migrations, demo data and the first projection
 * catch-up, so answering at all means ready; the database round trip proves it still is.
 */
@Controller('health')
export class HealthController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Get()
  async health(): Promise<{ status: 'ok'; database: string }> {
    await this.db.query('SELECT 1');
    return { status: 'ok', database: this.db.driver };
  }
}
