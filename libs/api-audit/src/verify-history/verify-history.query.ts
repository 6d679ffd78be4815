import { Query } from '@nestjs/cqrs';
import type { Actor, DomainError } from '@nsf/domain';
import type { HistorySubject } from '../history-subject';
import type { StreamVerdict } from './stream-verdict';

export type VerifyHistoryResult = { ok: true; streams: StreamVerdict[] } | { ok: false; error: DomainError };

export class VerifyHistoryQuery extends Query<VerifyHistoryResult> {
  constructor(
    readonly actor: Actor,
    readonly subject: HistorySubject,
    readonly requestedAt: Date,
  ) {
    super();
  }
}
