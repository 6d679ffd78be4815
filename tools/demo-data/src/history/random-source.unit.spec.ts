import { randomSource } from './random-source';

const draws = (source: { next(): number }, count: number) => Array.from({ length: count }, () => source.next());

describe('the demo history’s random source', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draws(randomSource(42), 20)).toEqual(draws(randomSource(42), 20));
    expect(draws(randomSource(42), 20)).not.toEqual(draws(randomSource(43), 20));
  });

  it('forks a source that does not depend on how much the parent has drawn', () => {
    const fresh = randomSource(7);
    const used = randomSource(7);
    draws(used, 100);
    expect(draws(used.fork('allerdale'), 10)).toEqual(draws(fresh.fork('allerdale'), 10));
    expect(draws(fresh.fork('allerdale'), 10)).not.toEqual(draws(fresh.fork('cardiff'), 10));
  });

  it('keeps integers within their bounds and reaches both ends', () => {
    const source = randomSource(1);
    const values = new Set(Array.from({ length: 2000 }, () => source.int(1, 4)));
    expect([...values].sort()).toEqual([1, 2, 3, 4]);
  });

  it('chooses by weight', () => {
    const source = randomSource(3);
    const picks = Array.from({ length: 4000 }, () => source.weighted({ rare: 1, common: 3 }));
    const common = picks.filter((pick) => pick === 'common').length / picks.length;
    expect(common).toBeGreaterThan(0.7);
    expect(common).toBeLessThan(0.8);
  });
});
