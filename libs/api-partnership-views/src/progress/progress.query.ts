import { Query } from '@nestjs/cqrs';
import type { Actor, DomainError } from '@nsf/domain';
import type { ProgressPointModel } from '../models/progress-point.model';

export type ProgressLookup = { ok: true; points: ProgressPointModel[] } | { ok: false; error: DomainError };

export class ProgressQuery extends Query<ProgressLookup> {
  constructor(
    readonly actor: Actor,
    readonly partnershipId: string,
    /** Null for every hallmark. */
    readonly hallmarkId: string | null,
    readonly now: Date,
  ) {
    super();
  }
}
