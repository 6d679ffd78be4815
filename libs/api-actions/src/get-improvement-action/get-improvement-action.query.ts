import { Query } from '@nestjs/cqrs';
import type { Actor, AddedImprovementAction, DomainError } from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';

export type ImprovementActionLookup =
  | { ok: true; action: AddedImprovementAction; events: readonly RecordedEvent[] }
  | { ok: false; error: DomainError };

export class GetImprovementActionQuery extends Query<ImprovementActionLookup> {
  constructor(
    readonly actor: Actor,
    readonly actionId: string,
  ) {
    super();
  }
}
