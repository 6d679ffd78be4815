import { comparePositions, decodeCheckpoint, encodeCheckpoint, globalPositionOf, isRealPosition } from './checkpoint';

describe('KurrentDB checkpoint', () => {
  it('encodes commit and prepare as zero-padded decimal strings', () => {
    expect(encodeCheckpoint({ commit: 1234n, prepare: 1200n })).toBe(
      'kurrentdb:00000000000000001234:00000000000000001200',
    );
  });

  it('decodes what it encodes, up to 2^64 - 1', () => {
    for (const position of [
      { commit: 0n, prepare: 0n },
      { commit: 98765n, prepare: 98700n },
      { commit: 2n ** 64n - 2n, prepare: 2n ** 64n - 2n },
    ]) {
      expect(decodeCheckpoint(encodeCheckpoint(position))).toEqual(position);
    }
  });

  it('accepts unpadded digits', () => {
    expect(decodeCheckpoint('kurrentdb:42:41')).toEqual({ commit: 42n, prepare: 41n });
  });

  it.each([
    '',
    '42',
    'kurrentdb:42',
    'kurrentdb:-1:0',
    'kurrentdb:1:2:3',
    'pg:00000042:00000001',
    'kurrentdb:99999999999999999999:0',
  ])('rejects %j', (text) => {
    expect(() => decodeCheckpoint(text)).toThrow();
  });

  it('orders positions by commit, then prepare', () => {
    const sorted = [
      { commit: 1n, prepare: 1n },
      { commit: 2n, prepare: 1n },
      { commit: 2n, prepare: 5n },
      { commit: 10n, prepare: 0n },
    ];
    const shuffled = [sorted[2], sorted[0], sorted[3], sorted[1]];
    expect([...shuffled].sort(comparePositions)).toEqual(sorted);
    expect(comparePositions(sorted[1], { commit: 2n, prepare: 1n })).toBe(0);
  });

  it('sorts as text in the same order as the positions it encodes', () => {
    const positions = [
      { commit: 9n, prepare: 9n },
      { commit: 10n, prepare: 10n },
      { commit: 10n, prepare: 11n },
      { commit: 100n, prepare: 2n },
    ];
    const texts = positions.map(encodeCheckpoint);
    expect([...texts].reverse().sort()).toEqual(texts);
  });

  it('takes the global position from the commit position', () => {
    expect(globalPositionOf({ commit: 4096n, prepare: 4000n })).toBe(4096);
    expect(() => globalPositionOf({ commit: 2n ** 53n, prepare: 0n })).toThrow(RangeError);
  });

  it('does not take the "no position" marker of old servers for a position', () => {
    expect(isRealPosition(undefined)).toBe(false);
    expect(isRealPosition({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n })).toBe(false);
    expect(isRealPosition({ commit: 0n, prepare: 0n })).toBe(true);
  });
});
