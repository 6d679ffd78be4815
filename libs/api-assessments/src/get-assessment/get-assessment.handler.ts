import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '@nsf/api-core';
import {
  assessmentStreamId,
  evolveAssessment,
  initialAssessmentState,
  mayViewAssessment,
  notFound,
  type AssessmentEvent,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { assessedPartnershipFor } from '../assessed-partnership';
import { GetAssessmentQuery, type AssessmentLookup } from './get-assessment.query';

/**
 * An assessment as its stream tells it, folded on every read: there is no read model for
 * assessments yet, and one stream of a few dozen events folds in well under a query's budget.
 */
@QueryHandler(GetAssessmentQuery)
export class GetAssessmentHandler implements IQueryHandler<GetAssessmentQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(query: GetAssessmentQuery): Promise<AssessmentLookup> {
    const access = await assessedPartnershipFor({
      store: this.store,
      actor: query.actor,
      assessmentId: query.assessmentId,
      allowed: mayViewAssessment,
      refusal:
        'Only the partnership’s own people, its region’s coordinator, the national team and auditors may see its assessment.',
    });
    if (!access.ok) return access;
    const history = await this.store.readStream(assessmentStreamId(query.assessmentId));
    const state = history
      .map((event) => ({ type: event.type, schemaVersion: event.schemaVersion, data: event.data }) as AssessmentEvent)
      .reduce(evolveAssessment, initialAssessmentState);
    if (state.status === 'not_opened') {
      return { ok: false, error: notFound(`There is no assessment “${query.assessmentId}”`) };
    }
    return { ok: true, assessment: state };
  }
}
