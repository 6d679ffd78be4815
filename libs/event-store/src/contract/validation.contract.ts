/** Contract: malformed appends are refused with InvalidEventError, and nothing is written. */
import { describe, expect, it } from '@jest/globals';
import type { EventToAppend } from '../envelope';
import { InvalidEventError } from '../errors';
import type { SubjectAccess } from './contract-subject';
import { anEvent, uniqueStream } from './fixtures';

export function validationContract(subject: SubjectAccess): void {
  const sameId = anEvent().id;
  const invalid: Array<[string, () => EventToAppend[]]> = [
    ['an empty batch', () => []],
    ['an id that is not a UUID', () => [anEvent({ id: 'event-1' })]],
    ['the same id twice in one batch', () => [anEvent({ id: sameId }), anEvent({ id: sameId })]],
    ['an occurredAt without milliseconds', () => [anEvent({ occurredAt: '2009-04-01T09:30:00Z' })]],
    ['an occurredAt with an offset', () => [anEvent({ occurredAt: '2009-04-01T10:30:00.000+01:00' })]],
    ['an occurredAt that is no real date', () => [anEvent({ occurredAt: '2009-02-30T09:30:00.000Z' })]],
    ['an empty type', () => [anEvent({ type: '' })]],
    ['a fractional schema version', () => [anEvent({ schemaVersion: 1.5 })]],
    ['metadata that is not an object', () => [anEvent({ metadata: [] as unknown as Record<string, unknown> })]],
    ['data with a NUL character', () => [anEvent({ data: { note: 'a\u0000b' } })]],
  ];

  describe('invalid appends', () => {
    it.each(invalid)('refuses %s', async (_, events) => {
      const { store } = subject();
      const streamId = uniqueStream('invalid');
      const error = await store
        .appendToStream(streamId, events(), { expectedRevision: 'any' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidEventError);
      expect(await store.readStream(streamId)).toEqual([]);
    });

    it('refuses a negative expected revision', async () => {
      const { store } = subject();
      const error = await store
        .appendToStream(uniqueStream('invalid'), [anEvent()], { expectedRevision: -1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidEventError);
    });
  });
}
