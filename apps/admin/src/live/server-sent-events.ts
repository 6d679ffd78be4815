// Reads a text/event-stream as it arrives: complete frames become events, a partial frame waits
// for the rest. Comments (the server's keep-alives) and the retry hint carry no event.

export interface ServerSentEvent {
  readonly event: string;
  readonly data: string;
}

export interface ParsedChunk {
  readonly events: readonly ServerSentEvent[];
  /** The start of a frame still arriving, to be given back with the next chunk. */
  readonly rest: string;
}

export function parseServerSentEvents(buffered: string): ParsedChunk {
  const text = buffered.replace(/\r\n?/g, '\n');
  const frames = text.split('\n\n');
  const rest = frames.pop() ?? '';
  const events = frames.flatMap((frame): ServerSentEvent[] => {
    let event = 'message';
    const data: string[] = [];
    for (const line of frame.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    return data.length > 0 ? [{ event, data: data.join('\n') }] : [];
  });
  return { events, rest };
}
