import { eventIdFor } from './event-ids';
import { isUuid } from './command-envelope';

describe('event ids derived from a command id', () => {
  it('are the same for a retried command, so the store recognises the retry', () => {
    expect(eventIdFor('command-1', 0)).toBe(eventIdFor('command-1', 0));
  });

  it('differ per event of a command and per command', () => {
    const ids = new Set([eventIdFor('command-1', 0), eventIdFor('command-1', 1), eventIdFor('command-2', 0)]);
    expect(ids.size).toBe(3);
  });

  it('are RFC 4122 UUIDs of version 5', () => {
    const id = eventIdFor('command-1', 0);
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('5');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });
});
