import { Query } from '@nestjs/cqrs';
import type { Actor, DomainError } from '@nsf/domain';
import type { AuditCursor, AuditEventRow, AuditPage } from '@nsf/projections';
import type { HistorySubject } from '../history-subject';

export type AuditTrailResult = { ok: true; page: AuditPage<AuditEventRow> } | { ok: false; error: DomainError };

export class AuditTrailQuery extends Query<AuditTrailResult> {
  constructor(
    readonly actor: Actor,
    readonly subject: HistorySubject,
    /** The occurredAt window, both ends included; null where open. */
    readonly window: { readonly from: Date | null; readonly to: Date | null },
    readonly page: { readonly first: number; readonly after?: AuditCursor },
    /** The cursor as the client sent it, for the record of an auditor's read. */
    readonly afterCursor: string | null,
    readonly requestedAt: Date,
  ) {
    super();
  }
}
