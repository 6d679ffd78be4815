import type { PartnershipRegisteredData } from '../partnership/partnership';
import type { Storyteller } from './story';
import { personName, regionName } from './story-words';

/** A partnership's own events, as its timeline tells them. */
export const tellPartnershipStory: Storyteller = (event) => {
  if (event.schemaVersion !== 1) return undefined;
  const who = personName(event.actor);
  switch (event.type) {
    case 'PartnershipRegistered': {
      const data = event.data as PartnershipRegisteredData;
      const where = data.county ? `${data.county}, ${regionName(data.region)}` : regionName(data.region);
      return {
        title: 'Partnership registered',
        description: `${who} registered ${data.name}, a ${data.type} in ${where}.`,
        reason: event.reason,
      };
    }
    default:
      return undefined;
  }
};
