import { Query } from '@nestjs/cqrs';
import type { Actor, DomainError, PartnershipView } from '@nsf/domain';

export type PartnershipViewLookup = { ok: true; view: PartnershipView } | { ok: false; error: DomainError };

export class PartnershipViewQuery extends Query<PartnershipViewLookup> {
  constructor(
    readonly actor: Actor,
    readonly partnershipId: string,
    readonly asOf: Date,
  ) {
    super();
  }
}
