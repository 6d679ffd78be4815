/**
 * A server-sent events client for the specs, over real HTTP with fetch (as the admin app reads
 * the stream): it sends the bearer token in the Authorization header and hands out the stream's
 * events one at a time, in order.
 */
export interface StreamEvent {
  readonly event: string;
  readonly data: unknown;
}

export interface OpenStream {
  readonly status: number;
  readonly headers: Headers;
  /** The body of a refused request. */
  readonly refusal: unknown;
  /** The next event, waiting for it up to `withinMs` (a bound on a stuck spec, not a timing assertion). */
  next(withinMs?: number): Promise<StreamEvent>;
  close(): void;
}

export async function openEventStream(url: string, token?: string): Promise<OpenStream> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    signal: controller.signal,
  });
  if (!response.ok || !response.body) {
    return {
      status: response.status,
      headers: response.headers,
      refusal: await response.json().catch(() => null),
      next: () => Promise.reject(new Error(`the stream was refused with ${response.status}`)),
      close: () => controller.abort(),
    };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parsed: StreamEvent[] = [];
  let buffer = '';

  const next = async (withinMs = 30_000): Promise<StreamEvent> => {
    const giveUp = Date.now() + withinMs;
    while (parsed.length === 0) {
      const left = giveUp - Date.now();
      if (left <= 0) throw new Error(`no event within ${withinMs} ms`);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no event within ${withinMs} ms`)), left);
      });
      const chunk = await Promise.race([reader.read(), timeout]).finally(() => clearTimeout(timer));
      if (chunk.done) throw new Error('the stream ended');
      buffer += chunk.value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = frame.split('\n');
        const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length);
        const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length);
        // Comments (keep-alives) and the retry hint carry no event.
        if (event && data !== undefined) parsed.push({ event, data: JSON.parse(data) as unknown });
      }
    }
    return parsed.shift() as StreamEvent;
  };

  return { status: response.status, headers: response.headers, refusal: null, next, close: () => controller.abort() };
}
