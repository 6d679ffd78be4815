import { InvalidEventError } from './errors';
import { canonicalJson, contentDigest, hashedContent } from './hash-chain';
import { prepareAppend } from './prepare-append';
import { anEvent } from './contract/fixtures';

describe('prepareAppend', () => {
  it('hashes exactly what contentDigest hashes', () => {
    const event = anEvent();
    const [prepared] = prepareAppend('s-1', [event]);
    expect(prepared.digest).toBe(contentDigest('s-1', event));
    expect(JSON.parse(prepared.content)).toMatchObject({ id: event.id, streamId: 's-1', data: event.data });
  });

  it('assembles exactly the canonical JSON of the hashed content, whatever the values', () => {
    const events = [
      anEvent(),
      anEvent({ reason: null, causationId: null, metadata: {} }),
      anEvent({
        actor: 'user:"quoted" \\ 漢字 🙂',
        type: 'Ünïcode',
        data: [1, 'two', { b: null, a: [] }],
        schemaVersion: 0,
      }),
      anEvent({ data: 'just text', metadata: { z: { y: 1 }, a: true } }),
    ];
    const prepared = prepareAppend('stream "quoted" é', events);
    prepared.forEach((each, index) => {
      expect(each.content).toBe(
        canonicalJson(hashedContent('stream "quoted" é', { ...events[index], id: events[index].id.toLowerCase() })),
      );
      expect(each.dataJson).toBe(canonicalJson(events[index].data));
    });
  });

  it('stores ids in lower case and missing optional fields as null, and hashes them so', () => {
    const event = anEvent();
    const given = {
      ...event,
      id: event.id.toUpperCase(),
      reason: undefined,
      causationId: undefined,
    } as unknown as typeof event;
    const [prepared] = prepareAppend('s-1', [given]);
    expect(prepared.event).toMatchObject({ id: event.id, reason: null, causationId: null });
    expect(prepared.digest).toBe(contentDigest('s-1', { ...event, reason: null, causationId: null }));
  });

  it.each([
    ['an empty stream id', '', [anEvent()]],
    ['a stream id over 1 KB', 'x'.repeat(1025), [anEvent()]],
    ['a year 0000 instant', 's', [anEvent({ occurredAt: '0000-01-01T00:00:00.000Z' })]],
    ['a bigint in data', 's', [anEvent({ data: { n: BigInt(1) } })]],
    ['an unpaired surrogate', 's', [anEvent({ data: { text: 'a\ud800b' } })]],
    ['a NUL in a key', 's', [anEvent({ data: { 'a\u0000': 1 } })]],
    ['a non-string actor', 's', [anEvent({ actor: 7 as unknown as string })]],
  ])('refuses %s', (_, streamId, events) => {
    expect(() => prepareAppend(streamId, events)).toThrow(InvalidEventError);
  });

  it('accepts text that merely looks like an escape', () => {
    expect(() => prepareAppend('s', [anEvent({ data: { text: '\\u0000 and \\ud800' } })])).not.toThrow();
  });
});
