import type { StoryEvent } from './story';

/** An event as the timeline reads it, by Liam, the Allerdale lead, unless told otherwise. */
export function storyEvent(type: string, data: unknown, overrides: Partial<StoryEvent> = {}): StoryEvent {
  return {
    type,
    schemaVersion: 1,
    actor: 'liam.lead',
    actorRole: 'PARTNERSHIP_LEAD',
    reason: null,
    data,
    opening: null,
    ...overrides,
  };
}

export const ASSESSMENT_ID = 'north_west-allerdale-cdrp-2009-10';

export const assessmentOpening = {
  type: 'AssessmentOpened',
  data: {
    assessmentId: ASSESSMENT_ID,
    partnershipId: 'north_west-allerdale-cdrp',
    period: '2009-10',
    frameworkVersion: '2009.1',
    applicableCriteria: ['leadership.1', 'leadership.2', 'intelligence.1'],
  },
};

export const CASE_ID = 'north_west-allerdale-cdrp-0b6f1c2e-3d4a-4b5c-8d6e-7f8091a2b3c4';

export const supportRequest = {
  type: 'SupportRequested',
  data: {
    caseId: CASE_ID,
    partnershipId: 'north_west-allerdale-cdrp',
    offerId: 'problem-solving-training',
    need: 'Our analysts cannot yet work the ASB hotspots',
  },
};
