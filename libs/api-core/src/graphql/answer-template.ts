import { randomUUID } from 'node:crypto';

/** A value of a root field's answer that may differ each time the answer is given. */
export interface AnswerHole {
  /** The root field's response key. */
  readonly rootKey: string;
  /** The varying field's response key in the root field's object. */
  readonly fieldKey: string;
}

/** A serialised `data` with holes where its varying values go: parts around holes, in text order. */
export interface AnswerTemplate {
  readonly parts: readonly string[];
  readonly holes: readonly AnswerHole[];
}

/** Stands in for a hole while the template is cut; random, so no answer can hold it by chance. */
const MARK = `nsf-hole-${randomUUID()}-`;

/**
 * Cuts the serialised `data` (as JSON.stringify writes it) at the holes' values. Null when a hole
 * is not where it should be (its root value is not an object, or it is not selected), as the
 * template could not then say where its value goes.
 */
export function templateOf(
  data: Readonly<Record<string, unknown>>,
  holes: readonly AnswerHole[],
): AnswerTemplate | null {
  const marked: Record<string, unknown> = { ...data };
  for (const [index, hole] of holes.entries()) {
    const root = marked[hole.rootKey];
    if (root === data[hole.rootKey]) {
      if (!isPlainObject(root)) return null;
      marked[hole.rootKey] = { ...root };
    }
    const copy = marked[hole.rootKey] as Record<string, unknown>;
    if (!(hole.fieldKey in copy)) return null;
    copy[hole.fieldKey] = `${MARK}${index}`;
  }
  const text = JSON.stringify(marked);
  const found = holes.map((hole, index) => ({ hole, at: text.indexOf(JSON.stringify(`${MARK}${index}`)), index }));
  if (found.some(({ at }) => at < 0)) return null;
  found.sort((a, b) => a.at - b.at);

  const parts: string[] = [];
  let from = 0;
  for (const { at, index } of found) {
    parts.push(text.slice(from, at));
    from = at + JSON.stringify(`${MARK}${index}`).length;
  }
  parts.push(text.slice(from));
  return { parts, holes: found.map(({ hole }) => hole) };
}

/** The serialised `data` with `values` (serialised leaf values, one per hole, in the template's order). */
export function fillTemplate(template: AnswerTemplate, values: readonly unknown[]): string {
  let text = template.parts[0];
  for (let index = 0; index < template.holes.length; index++) {
    text += JSON.stringify(values[index]) + template.parts[index + 1];
  }
  return text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
