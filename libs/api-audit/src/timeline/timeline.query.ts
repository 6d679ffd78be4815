import { Query } from '@nestjs/cqrs';
import type { Actor, DomainError, Story } from '@nsf/domain';
import type { AuditCursor, TimelineRow } from '@nsf/projections';

export interface TimelineItem {
  readonly row: TimelineRow;
  readonly story: Story;
}

export type TimelineResult =
  | { ok: true; items: TimelineItem[]; hasNextPage: boolean }
  | { ok: false; error: DomainError };

export class TimelineQuery extends Query<TimelineResult> {
  constructor(
    readonly actor: Actor,
    readonly partnershipId: string,
    /** Only events of these types; null for all. */
    readonly types: readonly string[] | null,
    readonly page: { readonly first: number; readonly after?: AuditCursor },
  ) {
    super();
  }
}
