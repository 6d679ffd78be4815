import { Query } from '@nestjs/cqrs';
import type { Actor, AssessmentComparison, DomainError } from '@nsf/domain';

export type ComparisonLookup = { ok: true; comparison: AssessmentComparison } | { ok: false; error: DomainError };

export class CompareAssessmentsQuery extends Query<ComparisonLookup> {
  constructor(
    readonly actor: Actor,
    readonly a: string,
    readonly b: string,
  ) {
    super();
  }
}
