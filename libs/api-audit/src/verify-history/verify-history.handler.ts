import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, SQL_DATABASE, asPlatform, recordAuditorRead } from '@nsf/api-core';
import { partnershipStreamId } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { listTenantStreams } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { checkHistoryAccess } from '../history-access';
import { describeSubject } from '../history-subject';

import { streamVerdict } from './stream-verdict';
import { VerifyHistoryQuery, type VerifyHistoryResult } from './verify-history.query';

/**
 * Recomputes the hash chain of each stream of a history from the event store itself, never from
 * the read model (which only says which streams a partnership has). The partnership's own stream
 * is always among them, even before the read model has caught up with its registration.
 */
@QueryHandler(VerifyHistoryQuery)
export class VerifyHistoryHandler implements IQueryHandler<VerifyHistoryQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  async execute(query: VerifyHistoryQuery): Promise<VerifyHistoryResult> {
    const access = await checkHistoryAccess({
      store: this.store,
      actor: query.actor,
      subject: query.subject,
      // Whose stream it is decides access, so it is looked up as the platform (see asPlatform).
      tenantOfStream: async (streamId) =>
        (await asPlatform(() => this.store.readStream(streamId, { maxCount: 1 })))[0]?.tenantId,
    });
    if (!access.ok) return access;
    const streamIds =
      'partnershipId' in query.subject
        ? [...new Set([partnershipStreamId(access.tenantId), ...(await listTenantStreams(this.db, access.tenantId))])]
        : [query.subject.streamId];
    const streams = [];
    for (const streamId of streamIds) streams.push(streamVerdict(streamId, await this.store.readStream(streamId)));
    await recordAuditorRead(this.store, query.actor, query.requestedAt, {
      read: 'VERIFY_HISTORY',
      ...describeSubject(query.subject),
      from: null,
      to: null,
      first: null,
      after: null,
    });
    return { ok: true, streams };
  }
}
