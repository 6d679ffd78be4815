/**
 * Checks every response body without parsing every one. The load generator shares the machine's
 * two cores with the platform; parsing each 37 kB overview cost it about 0.24 ms of CPU a
 * response (0.39 ms in all, against 0.18 ms with this check), CPU the platform could have had. A
 * body equal to one already parsed and found right, the instant of "now" (the first `asOf`) aside,
 * which must still be an instant, is that same answer; any other body is parsed and checked in
 * full, and becomes the one compared with next.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const AS_OF = '"asOf":"';

interface Reference {
  readonly text: string;
  /** Where the instant of "now" starts in `text`, or -1 when the answer has none. */
  readonly instantAt: number;
  readonly before: string;
  readonly after: string;
}

export function sameAnswerCheck(checkInFull: (body: string) => boolean): (body: string) => boolean {
  let reference: Reference | null = null;
  return (body) => {
    if (reference !== null && sameAnswer(body, reference)) return true;
    if (!checkInFull(body)) return false;
    reference = referenceOf(body);
    return true;
  };
}

function referenceOf(text: string): Reference {
  const key = text.indexOf(AS_OF);
  const instantAt = key < 0 ? -1 : key + AS_OF.length;
  const instantEnd = instantAt < 0 ? -1 : text.indexOf('"', instantAt);
  if (instantAt < 0 || instantEnd < 0) return { text, instantAt: -1, before: '', after: '' };
  return { text, instantAt, before: text.slice(0, instantAt), after: text.slice(instantEnd) };
}

function sameAnswer(body: string, reference: Reference): boolean {
  if (reference.instantAt < 0) return body === reference.text;
  if (body.length !== reference.text.length) return false;
  const instantEnd = body.length - reference.after.length;
  return (
    body.startsWith(reference.before) &&
    body.endsWith(reference.after) &&
    INSTANT.test(body.slice(reference.instantAt, instantEnd))
  );
}
