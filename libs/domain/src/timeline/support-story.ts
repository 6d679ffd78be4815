import type {
  SupportDecidedData,
  SupportDecision,
  SupportDeliveredData,
  SupportRequestedData,
} from '../support/support-case';
import type { StoryEvent, Storyteller } from './story';
import { calendarDate, count, offerTitle, personName, sentence } from './story-words';

const DECIDED: Record<SupportDecision, string> = { APPROVED: 'approved', DECLINED: 'declined', DEFERRED: 'deferred' };

/** A support case, as a partnership's timeline tells it: requested or proposed, decided, delivered. */
export const tellSupportStory: Storyteller = (event) => {
  if (event.schemaVersion !== 1) return undefined;
  const who = personName(event.actor);
  switch (event.type) {
    case 'SupportRequested':
    case 'SupportProposed': {
      const data = event.data as SupportRequestedData;
      const verb = event.type === 'SupportRequested' ? 'requested' : 'proposed';
      const offer = offerTitle(data.offerId);
      return {
        title: `Support ${verb}: ${offer}`,
        description: `${who} ${verb} ${offer}${data.need.trim() ? ` for this need: ${sentence(data.need)}` : '.'}`,
        reason: event.reason,
      };
    }
    case 'SupportDecided': {
      const data = event.data as SupportDecidedData;
      const offer = offerOf(event);
      const verb = DECIDED[data.decision];
      const relied =
        data.evidence.length > 0
          ? ` The decision relied on ${count(data.evidence.length, 'recorded event', 'recorded events')}.`
          : '';
      return {
        title: `Support ${verb}: ${offer}`,
        description: `${who} ${verb} ${offer}: ${sentence(data.rationale)}${relied}`,
        reason: event.reason ?? data.rationale,
      };
    }
    case 'SupportDelivered': {
      const data = event.data as SupportDeliveredData;
      const offer = offerOf(event);
      return {
        title: `Support delivered: ${offer}`,
        description: `${who} recorded ${offer} as delivered on ${calendarDate(data.deliveredOn)}${data.notes.trim() ? `: ${sentence(data.notes)}` : '.'}`,
        reason: event.reason,
      };
    }
    default:
      return undefined;
  }
};

/** Decisions and deliveries carry only the case id; the offer is named by the request or proposal that opened it. */
function offerOf(event: StoryEvent): string {
  const opening = event.opening;
  if (opening && (opening.type === 'SupportRequested' || opening.type === 'SupportProposed')) {
    return offerTitle((opening.data as SupportRequestedData).offerId);
  }
  return 'the support';
}
