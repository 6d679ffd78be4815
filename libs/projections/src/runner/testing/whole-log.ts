import type { EventStore, RecordedEvent } from '@nsf/event-store';

/** Every event of the log, in order, read page by page. */
export async function wholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (let page = await store.readAll({ maxCount: 1000 }); page.events.length > 0; ) {
    all.push(...page.events);
    page = await store.readAll({ after: page.checkpoint, maxCount: 1000 });
  }
  return all;
}
