import { canonicalJson, chainHash, contentDigest, sha256Hex } from './hash-chain';

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves no white space', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('orders integer-like keys as text too, not as JavaScript enumerates them', () => {
    expect(canonicalJson({ b: 1, 10: 2, 9: 3, B: 4 })).toBe('{"10":2,"9":3,"B":4,"b":1}');
  });

  it('gives the same text for a value and for that value after a JSON round trip', () => {
    const value = {
      when: new Date(Date.UTC(2009, 3, 1, 9, 30)),
      skipped: undefined,
      fn: () => 1,
      list: [undefined, () => 1, Number.NaN, -0, 1e21],
      text: 'é\u0301 🙂 "quoted" \\ \n',
    };
    expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))));
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ n: BigInt(1) })).toThrow(TypeError);
  });
});

describe('chainHash', () => {
  it('is sha-256 of previous hash, revision and digest on three lines', () => {
    expect(chainHash(null, 0, 'abc')).toBe(sha256Hex('\n0\nabc'));
    expect(chainHash('f00d', 7, 'abc')).toBe(sha256Hex('f00d\n7\nabc'));
    expect(chainHash(null, 0, 'abc')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any part changes', () => {
    const base = chainHash('f00d', 1, 'abc');
    expect(chainHash('f00e', 1, 'abc')).not.toBe(base);
    expect(chainHash('f00d', 2, 'abc')).not.toBe(base);
    expect(chainHash('f00d', 1, 'abd')).not.toBe(base);
  });
});

describe('contentDigest', () => {
  const event = {
    id: '6f1c1f0e-0f5e-4c1a-9d3e-2b7a1c9e8f00',
    type: 'CriterionScored',
    schemaVersion: 1,
    tenantId: 'partnership-0001',
    occurredAt: '2009-04-01T09:30:00.000Z',
    actor: 'user:ann',
    reason: null,
    commandId: 'c1',
    correlationId: 'c1',
    causationId: null,
    data: { score: 3 },
    metadata: {},
  };

  it('covers the stream and every field the writer supplies', () => {
    const digest = contentDigest('s-1', event);
    expect(contentDigest('s-2', event)).not.toBe(digest);
    for (const [field, value] of Object.entries({
      type: 'X',
      actor: 'user:bob',
      data: { score: 4 },
      metadata: { a: 1 },
      reason: 'r',
    })) {
      expect(contentDigest('s-1', { ...event, [field]: value })).not.toBe(digest);
    }
  });

  it('ignores key order', () => {
    expect(contentDigest('s-1', { ...event, data: { b: 2, a: 1 } })).toBe(
      contentDigest('s-1', { ...event, data: { a: 1, b: 2 } }),
    );
  });
});
