import { Query } from '@nestjs/cqrs';
import type { Actor, DomainError, OpenedAssessment } from '@nsf/domain';

export type AssessmentLookup = { ok: true; assessment: OpenedAssessment } | { ok: false; error: DomainError };

export class GetAssessmentQuery extends Query<AssessmentLookup> {
  constructor(
    readonly actor: Actor,
    readonly assessmentId: string,
  ) {
    super();
  }
}
