/** The event-store contract against the in-memory adapter. */
import { describeEventStoreContract } from '../contract';
import { createMemoryEventStore } from './memory-event-store';

describeEventStoreContract(
  'memory',
  () => {
    const store = createMemoryEventStore();
    return Promise.resolve({
      store,
      dispose: () => store.close(),
      tamperWith: (eventId, data) => Promise.resolve(store.tamperWith(eventId, data)),
    });
  },
  { tamper: true, uniqueIdsAcrossStreams: true },
);
