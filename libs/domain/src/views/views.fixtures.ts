import type { AssessmentEvent, OpenedAssessment } from '../assessment/assessment';
import { assessmentStreamId } from '../assessment/assessment-id';
import type { ImprovementActionEvent } from '../improvement-action/improvement-action';
import { improvementActionStreamId } from '../improvement-action/improvement-action-id';
import { partnershipStreamId, type PartnershipEvent } from '../partnership/partnership';
import type { SupportCaseEvent } from '../support/support-case';
import { supportCaseStreamId } from '../support/support-case-id';
import type { HistoryEvent } from './partnership-history';

/** Histories of Allerdale the view specs replay: events of its streams, each stamped with when it happened. */
export const ALLERDALE = 'north_west-allerdale-cdrp';
export const FIRST = `${ALLERDALE}-2009-10`;
export const SECOND = `${ALLERDALE}-2010-11`;
export const CASE = `${ALLERDALE}-0b6f1c2e-3d4a-4b5c-8d6e-7f8091a2b3c4`;
export const ACTION = `${ALLERDALE}-3c9d2b1a-7e6f-4a5b-9c8d-0e1f2a3b4c5d`;

type AnyEvent = PartnershipEvent | AssessmentEvent | SupportCaseEvent | ImprovementActionEvent;

const at = (streamId: string, occurredAt: string, event: AnyEvent): HistoryEvent => ({
  streamId,
  occurredAt,
  ...event,
});

export const onPartnership = (occurredAt: string, event: PartnershipEvent) =>
  at(partnershipStreamId(ALLERDALE), occurredAt, event);
export const onAssessment = (assessmentId: string, occurredAt: string, event: AssessmentEvent) =>
  at(assessmentStreamId(assessmentId), occurredAt, event);
export const onCase = (occurredAt: string, event: SupportCaseEvent) => at(supportCaseStreamId(CASE), occurredAt, event);
export const onAction = (occurredAt: string, event: ImprovementActionEvent) =>
  at(improvementActionStreamId(ACTION), occurredAt, event);

export const registered: PartnershipEvent = {
  type: 'PartnershipRegistered',
  schemaVersion: 1,
  data: { partnershipId: ALLERDALE, name: 'Allerdale CDRP', type: 'CDRP', region: 'NORTH_WEST', county: 'Cumbria' },
};

export const opened = (assessmentId: string, period: string): AssessmentEvent => ({
  type: 'AssessmentOpened',
  schemaVersion: 1,
  data: {
    assessmentId,
    partnershipId: ALLERDALE,
    period,
    frameworkVersion: '2009.1',
    applicableCriteria: ['leadership.1', 'leadership.2', 'skills.1'],
  },
});

export const scored = (assessmentId: string, criterionId: string, score: number): AssessmentEvent => ({
  type: 'CriterionScored',
  schemaVersion: 1,
  data: {
    assessmentId,
    criterionId,
    previousScore: null,
    score,
    evidence: { text: null, links: [] },
    rationale: 'Agreed at the board',
  },
});

export const submitted = (assessmentId: string): AssessmentEvent => ({
  type: 'AssessmentSubmitted',
  schemaVersion: 1,
  data: { assessmentId, scoredCriteria: 3 },
});

export const validated = (assessmentId: string, moderated: Record<string, [number, number]> = {}): AssessmentEvent => ({
  type: 'AssessmentValidated',
  schemaVersion: 1,
  data: {
    assessmentId,
    moderatedScores: Object.entries(moderated).map(([criterionId, [selfScore, moderatedScore]]) => ({
      criterionId,
      selfScore,
      moderatedScore,
      reason: 'The evidence predates the period',
    })),
  },
});

/** An assessment as its stream would leave it: scored, and validated with the given moderation. */
export function validatedAssessment(
  assessmentId: string,
  period: string,
  scores: Record<string, number>,
  moderated: Record<string, number> = {},
  partnershipId = ALLERDALE,
): OpenedAssessment {
  return {
    status: 'validated',
    assessmentId,
    partnershipId,
    period,
    frameworkVersion: '2009.1',
    applicableCriteria: Object.keys(scores),
    scores: Object.entries(scores).map(([criterionId, score]) => ({
      criterionId,
      score,
      evidence: { text: null, links: [] },
      rationale: 'Agreed at the board',
    })),
    returnComments: null,
    moderatedScores: Object.entries(moderated).map(([criterionId, moderatedScore]) => ({
      criterionId,
      selfScore: scores[criterionId],
      moderatedScore,
      reason: 'The evidence predates the period',
    })),
    reviews: [],
  };
}
