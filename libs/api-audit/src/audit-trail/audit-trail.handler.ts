import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, SQL_DATABASE, asPlatform, recordAuditorRead } from '@nsf/api-core';
import type { EventStore } from '@nsf/event-store';
import { findStreamTenant, readAuditTrail } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { checkHistoryAccess } from '../history-access';
import { describeSubject } from '../history-subject';

import { AuditTrailQuery, type AuditTrailResult } from './audit-trail.query';

/**
 * Every event of a history with its whole envelope: the audit read model (an index over the log,
 * the same on every event-store adapter) picks the page, and the envelopes are read from the event
 * store, which holds them. An auditor's read is recorded before it is answered.
 */
@QueryHandler(AuditTrailQuery)
export class AuditTrailHandler implements IQueryHandler<AuditTrailQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  async execute(query: AuditTrailQuery): Promise<AuditTrailResult> {
    const access = await checkHistoryAccess({
      store: this.store,
      actor: query.actor,
      subject: query.subject,
      // Whose stream it is decides access, so it is looked up as the platform (see asPlatform).
      tenantOfStream: (streamId) => asPlatform(() => findStreamTenant(this.db, streamId)),
    });
    if (!access.ok) return access;
    const { from, to } = query.window;
    const page = await readAuditTrail(
      this.db,
      this.store,
      'partnershipId' in query.subject ? { tenantId: access.tenantId } : query.subject,
      { from: from?.toISOString() ?? null, to: to?.toISOString() ?? null },
      query.page,
    );
    await recordAuditorRead(this.store, query.actor, query.requestedAt, {
      read: 'AUDIT_TRAIL',
      ...describeSubject(query.subject),
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
      first: query.page.first,
      after: query.afterCursor,
    });
    return { ok: true, page };
  }
}
