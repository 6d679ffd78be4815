import { compareSqlCheckpoints, decodeSqlCheckpoint, encodeSqlCheckpoint } from './sql-checkpoint';

describe('SQL log checkpoints', () => {
  it('round-trips the pair, including transaction ids beyond 2^53', () => {
    const position = { transactionId: '18446744073709551615', globalPosition: '9007199254740993' };
    expect(decodeSqlCheckpoint(encodeSqlCheckpoint(position))).toEqual(position);
  });

  it('orders by transaction first, then position, numerically', () => {
    expect(compareSqlCheckpoints('9:100', '10:1')).toBeLessThan(0);
    expect(compareSqlCheckpoints('10:20', '10:3')).toBeGreaterThan(0);
    expect(compareSqlCheckpoints('10:3', '10:3')).toBe(0);
  });

  it("refuses another adapter's checkpoint", () => {
    expect(() => decodeSqlCheckpoint('kurrentdb:00000000000000000010:00000000000000000010')).toThrow(TypeError);
    expect(() => decodeSqlCheckpoint('memory:10')).toThrow(TypeError);
    expect(() => decodeSqlCheckpoint('10')).toThrow(TypeError);
  });
});
