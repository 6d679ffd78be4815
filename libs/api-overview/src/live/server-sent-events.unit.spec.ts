import { PassThrough } from 'node:stream';
import type { ServerResponse } from 'node:http';
import { ServerSentEvents } from './server-sent-events';

/** A stand-in for the HTTP response: a stream whose text the spec reads back. */
function response(): { stream: ServerResponse; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream: stream as unknown as ServerResponse, text: () => text };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const valid = () => Promise.resolve(true);

describe('a server-sent events stream', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('tells the client how long to wait before reconnecting, then sends each event as one JSON line', async () => {
    const { stream, text } = response();
    const events = new ServerSentEvents(stream, { keepAliveMs: 1000, stillValid: valid, onEnd: jest.fn() });
    events.send('partnership-changed', { partnershipId: 'a', note: 'two\nlines' });
    await flush();
    expect(text()).toBe(
      'retry: 5000\n\nevent: partnership-changed\ndata: {"partnershipId":"a","note":"two\\nlines"}\n\n',
    );
    events.end();
  });

  it('sends a keep-alive comment while the token is still valid', async () => {
    const { stream, text } = response();
    const events = new ServerSentEvents(stream, { keepAliveMs: 1000, stillValid: valid, onEnd: jest.fn() });
    jest.advanceTimersByTime(2000);
    await flush();
    expect(text().match(/^: keep-alive$/gm)).toHaveLength(2);
    events.end();
  });

  it('ends, once, when the token no longer is, and sends nothing after', async () => {
    const { stream, text } = response();
    const onEnd = jest.fn();
    let stillValid = true;
    const events = new ServerSentEvents(stream, {
      keepAliveMs: 1000,
      stillValid: () => Promise.resolve(stillValid),
      onEnd,
    });
    stillValid = false;
    jest.advanceTimersByTime(1000);
    await flush();
    events.send('partnership-changed', { partnershipId: 'a' });
    events.end();
    await flush();
    expect(events.open).toBe(false);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(text()).toBe('retry: 5000\n\n');
  });

  it('ends when the client goes away', () => {
    const { stream } = response();
    const onEnd = jest.fn();
    const events = new ServerSentEvents(stream, { keepAliveMs: 1000, stillValid: valid, onEnd });
    stream.emit('close');
    expect(events.open).toBe(false);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
