/**
 * Checks an append before any round trip, with the rules every adapter shares (prepareAppend:
 * the same inputs accepted and refused, the same normalised events, the same digests) plus the
 * one KurrentDB adds: names starting with `$` belong to the server's system streams and events,
 * which the global log skips, so an event written under one would silently vanish from it.
 */
import type { EventToAppend } from '../envelope';
import { InvalidEventError } from '../errors';
import { expectedRevisionToText } from '../expected-revision';
import type { ExpectedRevision } from '../expected-revision';
import { prepareAppend } from '../prepare-append';
import type { PreparedEvent } from '../prepare-append';

/** @throws InvalidEventError naming the first problem found. */
export function prepareKurrentDbAppend(
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
): PreparedEvent[] {
  try {
    expectedRevisionToText(expected);
  } catch (error) {
    throw new InvalidEventError((error as Error).message);
  }
  if (typeof streamId === 'string' && streamId.startsWith('$')) {
    throw new InvalidEventError(`stream ${streamId}: names starting with $ are KurrentDB system streams`);
  }
  const prepared = prepareAppend(streamId, events);
  prepared.forEach(({ event }, index) => {
    if (event.type.startsWith('$')) {
      throw new InvalidEventError(
        `stream ${streamId}, event ${index}: types starting with $ are KurrentDB system events`,
      );
    }
  });
  return prepared;
}
