import { CommandIds } from './command-ids';

function counter(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

describe('command ids for a form', () => {
  it('gives each new command a new id', () => {
    const ids = new CommandIds(counter());
    expect(ids.idFor('a')).toBe('id-1');
    expect(ids.idFor('a')).toBe('id-2');
  });

  it('sends the same answers again under the id whose outcome is unknown, so the API applies them once', () => {
    const ids = new CommandIds(counter());
    const first = ids.idFor('score 3');
    ids.markInDoubt('score 3', first);
    expect(ids.idFor('score 3')).toBe(first);
  });

  it('treats changed answers as a new command, even after a failure in transit', () => {
    const ids = new CommandIds(counter());
    ids.markInDoubt('score 3', ids.idFor('score 3'));
    expect(ids.idFor('score 4')).toBe('id-2');
  });

  it('starts afresh once the API has answered', () => {
    const ids = new CommandIds(counter());
    const first = ids.idFor('score 3');
    ids.markInDoubt('score 3', first);
    ids.settle();
    expect(ids.idFor('score 3')).not.toBe(first);
  });
});
