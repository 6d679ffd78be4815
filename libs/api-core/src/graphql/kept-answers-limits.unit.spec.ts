import { GraphQLString } from 'graphql';
import type { AnswerSource } from './answer-sources';
import { KeptAnswers } from './kept-answers';

const selected = new Map([['overview', new Map([['asOf', { fieldName: 'asOf', leafType: GraphQLString }]])]]);

function answerOf(rows: string): {
  key: (kept: KeptAnswers) => string;
  data: Record<string, unknown>;
  sources: Map<string, AnswerSource>;
} {
  const sources = new Map([['overview', { decidedBy: { rows }, varying: { asOf: 'now' } }]]);
  return {
    key: (kept) => kept.keyOf('Q', {}, selected, sources) ?? '',
    data: { overview: { asOf: 'now', rows } },
    sources,
  };
}

describe('how much the kept answers hold', () => {
  it('drops the least recently used answer beyond the number allowed', () => {
    const kept = new KeptAnswers({ maxAnswers: 2, maxCharacters: 1_000 });
    const [a, b, c] = ['a', 'b', 'c'].map(answerOf);
    const keys = [a, b, c].map((answer) => answer.key(kept));
    kept.keep(keys[0], a.data, selected, a.sources);
    kept.keep(keys[1], b.data, selected, b.sources);
    // Given again: now the most recently used.
    expect(kept.find(keys[0], selected, a.sources)).toBe(JSON.stringify(a.data));
    kept.keep(keys[2], c.data, selected, c.sources);
    expect(kept.size.answers).toBe(2);
    expect(kept.find(keys[1], selected, b.sources)).toBeNull();
    expect(kept.find(keys[0], selected, a.sources)).not.toBeNull();
    expect(kept.find(keys[2], selected, c.sources)).not.toBeNull();
  });

  it('drops the oldest answers beyond the text allowed, and keeps none larger than all of it', () => {
    const kept = new KeptAnswers({ maxAnswers: 10, maxCharacters: 200 });
    const [small, medium] = [answerOf('x'.repeat(40)), answerOf('y'.repeat(90))];
    const large = answerOf('z'.repeat(300));
    kept.keep(small.key(kept), small.data, selected, small.sources);
    kept.keep(medium.key(kept), medium.data, selected, medium.sources);
    expect(kept.size.answers).toBe(2);
    const full = kept.size.characters;
    expect(full).toBeLessThanOrEqual(200);

    const another = answerOf('w'.repeat(90));
    kept.keep(another.key(kept), another.data, selected, another.sources);
    expect(kept.find(small.key(kept), selected, small.sources)).toBeNull();
    expect(kept.size.characters).toBeLessThanOrEqual(200);

    kept.keep(large.key(kept), large.data, selected, large.sources);
    expect(kept.find(large.key(kept), selected, large.sources)).toBeNull();
    expect(kept.size.characters).toBeLessThanOrEqual(200);
  });

  it('counts an answer kept again under its key once', () => {
    const kept = new KeptAnswers({ maxAnswers: 10, maxCharacters: 1_000 });
    const answer = answerOf('r');
    kept.keep(answer.key(kept), answer.data, selected, answer.sources);
    const once = kept.size;
    kept.keep(answer.key(kept), answer.data, selected, answer.sources);
    expect(kept.size).toEqual(once);
  });
});
