import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, readAssessment } from '@nsf/api-core';
import { compareAssessments, invalid, notFound, partnershipIdOfAssessment } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { viewedPartnership } from '../viewed-partnership';
import { CompareAssessmentsQuery, type ComparisonLookup } from './compare-assessments.query';

/**
 * Both assessments as their streams tell them now. The ids name their partnership, so the
 * caller's access is checked, and two partnerships refused, before either stream is read.
 */
@QueryHandler(CompareAssessmentsQuery)
export class CompareAssessmentsHandler implements IQueryHandler<CompareAssessmentsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(query: CompareAssessmentsQuery): Promise<ComparisonLookup> {
    const partnershipId = partnershipIdOfAssessment(query.a);
    if (partnershipId === null) return { ok: false, error: notFound(`There is no assessment “${query.a}”.`) };
    const access = await viewedPartnership(this.store, query.actor, partnershipId);
    if (!access.ok) return access;
    if (partnershipIdOfAssessment(query.b) !== partnershipId) {
      return { ok: false, error: invalid('Only two assessments of the same partnership can be compared.', 'b') };
    }
    const a = await readAssessment(this.store, query.a);
    if (a.status === 'not_opened') return { ok: false, error: notFound(`There is no assessment “${query.a}”.`) };
    const b = await readAssessment(this.store, query.b);
    if (b.status === 'not_opened') return { ok: false, error: notFound(`There is no assessment “${query.b}”.`) };
    return compareAssessments(a, b);
  }
}
