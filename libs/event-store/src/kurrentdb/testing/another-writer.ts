/** Spec helper: an append made by another writer (correctly chained), straight into the fake server. */
import type { EventToAppend } from '../../envelope';
import { prepareAppend } from '../../prepare-append';
import { chainOnto } from '../append-plan';
import { toEventData } from '../event-mapping';
import type { EnvelopeMetadata } from '../event-mapping';
import type { FakeKurrentDb } from './fake-kurrentdb';

export function writeAsAnotherWriter(server: FakeKurrentDb, streamId: string, event: EventToAppend): void {
  const stream = server.log.filter((stored) => stored.streamId === streamId);
  const head = stream[stream.length - 1];
  const headLink = head
    ? { revision: Number(head.revision), hash: (head.metadata as unknown as EnvelopeMetadata).hash }
    : undefined;
  const [link] = chainOnto(headLink, prepareAppend(streamId, [event]));
  server.appendRaw(streamId, toEventData(link));
}
