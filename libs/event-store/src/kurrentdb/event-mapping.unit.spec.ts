import type { JSONEventData } from '@kurrent/kurrentdb-client';
import { chainHash, contentDigest } from '../hash-chain';
import {
  ENVELOPE_VERSION,
  fromClientEvent,
  isOurEvent,
  isSystemEvent,
  toEventData,
  toStoredEvent,
} from './event-mapping';
import type { ChainedEvent } from './event-mapping';
import { aClientRecordedEvent, anEvent } from './testing/builders';

function chained(overrides: Partial<Parameters<typeof anEvent>[0]> = {}): ChainedEvent {
  const event = anEvent(overrides);
  const previousHash = 'a'.repeat(64);
  const hash = chainHash(previousHash, 3, contentDigest('assessment-1', event));
  return { event, revision: 3, previousHash, hash, appendIndex: 1, appendSize: 2 };
}

/** What the server hands back for an event the adapter wrote: the same JSON, plus where and when. */
function asRecorded(data: JSONEventData, revision: bigint) {
  return aClientRecordedEvent({
    streamId: 'assessment-1',
    id: data.id,
    type: data.type,
    revision,
    data: JSON.parse(JSON.stringify(data.data)),
    metadata: JSON.parse(JSON.stringify(data.metadata)),
    position: { commit: 5000n, prepare: 4990n },
    created: new Date('2008-04-01T09:30:02.500Z'),
  });
}

describe('event mapping', () => {
  describe('to the client', () => {
    it('uses our id, type and data, as JSON', () => {
      const link = chained();
      const data = toEventData(link) as JSONEventData;
      expect(data).toMatchObject({
        id: link.event.id,
        type: 'CriterionScored',
        contentType: 'application/json',
        data: link.event.data,
      });
    });

    it('carries the envelope and the chain link in the metadata, with $correlationId/$causationId', () => {
      const link = chained({ causationId: 'cause-1', reason: null });
      const { metadata } = toEventData(link) as JSONEventData;
      expect(metadata).toEqual({
        nsfEnvelope: ENVELOPE_VERSION,
        tenantId: link.event.tenantId,
        occurredAt: link.event.occurredAt,
        actor: link.event.actor,
        reason: null,
        commandId: link.event.commandId,
        correlationId: link.event.correlationId,
        causationId: 'cause-1',
        schemaVersion: 1,
        metadata: { source: 'unit-test' },
        revision: 3,
        previousHash: 'a'.repeat(64),
        hash: link.hash,
        appendIndex: 1,
        appendSize: 2,
        $correlationId: link.event.correlationId,
        $causationId: 'cause-1',
      });
    });

    it('leaves $causationId out when nothing caused the event', () => {
      const { metadata } = toEventData(chained({ causationId: null })) as JSONEventData;
      expect(metadata).not.toHaveProperty('$causationId');
      expect(metadata).toHaveProperty('causationId', null);
    });
  });

  describe('round trip through the client’s recorded-event shape', () => {
    it('gives back the event as appended, with the server’s revision, position and time', () => {
      const link = chained();
      const recorded = fromClientEvent(asRecorded(toEventData(link) as JSONEventData, 3n));
      expect(recorded).toEqual({
        ...link.event,
        streamId: 'assessment-1',
        revision: 3,
        globalPosition: 5000,
        checkpoint: 'kurrentdb:00000000000000005000:00000000000000004990',
        recordedAt: '2008-04-01T09:30:02.500Z',
        previousHash: link.previousHash,
        hash: link.hash,
      });
    });

    it('keeps the hash verifiable: recomputed from the read event it equals the stored hash', () => {
      const link = chained();
      const recorded = fromClientEvent(asRecorded(toEventData(link) as JSONEventData, 3n));
      expect(chainHash(recorded.previousHash, recorded.revision, contentDigest(recorded.streamId, recorded))).toBe(
        recorded.hash,
      );
    });

    it('keeps non-object JSON data', () => {
      for (const data of [7, 'text', true, null, [1, 2]]) {
        const link = chained({ data });
        expect(fromClientEvent(asRecorded(toEventData(link) as JSONEventData, 3n)).data).toEqual(data);
      }
    });

    it('keeps where the event sat in its append, for recognising retries', () => {
      const stored = toStoredEvent(asRecorded(toEventData(chained()) as JSONEventData, 3n));
      expect(stored).toMatchObject({ appendIndex: 1, appendSize: 2, event: { revision: 3 } });
    });

    it('uses the position given by a $all read or subscription over the event’s own', () => {
      const recorded = asRecorded(toEventData(chained()) as JSONEventData, 3n);
      expect(fromClientEvent({ ...recorded, position: undefined }, { commit: 77n, prepare: 70n }).globalPosition).toBe(
        77,
      );
    });
  });

  describe('events that are not ours', () => {
    it('recognises our envelope, and only ours', () => {
      const ours = asRecorded(toEventData(chained()) as JSONEventData, 0n);
      expect(isOurEvent(ours)).toBe(true);
      expect(isOurEvent(aClientRecordedEvent({ metadata: { $correlationId: 'x' } }))).toBe(false);
      expect(isOurEvent(aClientRecordedEvent({ metadata: undefined }))).toBe(false);
      expect(isOurEvent(aClientRecordedEvent({ metadata: { ...(ours.metadata as object), nsfEnvelope: 2 } }))).toBe(
        false,
      );
      expect(isOurEvent({ ...ours, isJson: false } as typeof ours)).toBe(false);
    });

    it('refuses to map a foreign event', () => {
      expect(() => fromClientEvent(aClientRecordedEvent({ metadata: { foo: 'bar' } }))).toThrow(
        /not written by the NSF event store/,
      );
    });

    it('refuses an event without a log position (servers before 22.6)', () => {
      const recorded = asRecorded(toEventData(chained()) as JSONEventData, 0n);
      expect(() => fromClientEvent({ ...recorded, position: undefined })).toThrow(/no log position/);
      expect(() =>
        fromClientEvent({ ...recorded, position: { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n } }),
      ).toThrow(/no log position/);
    });
  });

  describe('system events', () => {
    it.each([
      ['$metadata', '$$assessment-1'],
      ['$statistics-collected', '$stats-127.0.0.1:2113'],
      ['$>', '$ce-assessment'],
      ['$UserCreated', '$user-admin'],
      ['$ProjectionsInitialized', '$projections-$all'],
    ])('skips type %s in stream %s', (type, streamId) => {
      expect(isSystemEvent({ type, streamId })).toBe(true);
    });

    it('skips a $-prefixed type even in an ordinary stream, and a $-prefixed stream whatever the type', () => {
      expect(isSystemEvent({ type: '$metadata', streamId: 'assessment-1' })).toBe(true);
      expect(isSystemEvent({ type: 'Anything', streamId: '$settings' })).toBe(true);
    });

    it('keeps ordinary events', () => {
      expect(isSystemEvent({ type: 'CriterionScored', streamId: 'assessment-1' })).toBe(false);
    });
  });
});
