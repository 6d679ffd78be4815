import { tellAssessmentStory } from './assessment-story';
import { tellFallbackStory } from './fallback-story';
import { tellPartnershipStory } from './partnership-story';
import type { Story, StoryEvent, Storyteller } from './story';
import { tellSupportStory } from './support-story';

const STORYTELLERS: readonly Storyteller[] = [tellPartnershipStory, tellAssessmentStory, tellSupportStory];

/** Every event gets a story: its family's, or the fallback's for a type no family knows yet. */
export function tellStory(event: StoryEvent): Story {
  for (const tell of STORYTELLERS) {
    const story = tell(event);
    if (story) return story;
  }
  return tellFallbackStory(event);
}
