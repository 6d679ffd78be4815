// Hallmark and criterion ids in the framework's words: "Engaged Communities", "criterion 3".
import type { HallmarkHeading } from './partnership.query';

export function hallmarkTitle(hallmarks: readonly HallmarkHeading[], hallmarkId: string): string {
  return hallmarks.find((hallmark) => hallmark.id === hallmarkId)?.title ?? hallmarkId;
}

/** "criterion 3" for communities.3; the id itself when it is not of that form. */
export function criterionName(criterionId: string): string {
  const number = /\.(\d+)$/.exec(criterionId)?.[1];
  return number ? `criterion ${number}` : criterionId;
}
