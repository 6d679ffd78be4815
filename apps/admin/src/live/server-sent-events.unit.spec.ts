import { parseServerSentEvents } from './server-sent-events';

describe('reading a server-sent events stream', () => {
  it('reads each complete frame as a named event with its data', () => {
    expect(
      parseServerSentEvents(
        'retry: 5000\n\nevent: ready\ndata: {"region":null}\n\nevent: partnership-changed\ndata: {}\n\n',
      ),
    ).toEqual({
      events: [
        { event: 'ready', data: '{"region":null}' },
        { event: 'partnership-changed', data: '{}' },
      ],
      rest: '',
    });
  });

  it('keeps a frame still arriving for the next chunk', () => {
    const first = parseServerSentEvents('event: ready\ndata: {}\n\nevent: partn');
    expect(first).toEqual({ events: [{ event: 'ready', data: '{}' }], rest: 'event: partn' });
    expect(parseServerSentEvents(`${first.rest}ership-changed\ndata: 1\n\n`).events).toEqual([
      { event: 'partnership-changed', data: '1' },
    ]);
  });

  it('skips keep-alive comments, and reads CRLF line ends and unnamed events', () => {
    expect(parseServerSentEvents(': keep-alive\n\ndata: a\r\ndata: b\r\n\r\n').events).toEqual([
      { event: 'message', data: 'a\nb' },
    ]);
  });
});
