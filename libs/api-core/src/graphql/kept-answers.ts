import type { FormattedExecutionResult } from 'graphql';
import type { AnswerSource } from './answer-sources';
import { fillTemplate, templateOf, type AnswerHole, type AnswerTemplate } from './answer-template';
import type { SelectedField } from './probe-document';

/** How much is kept, least recently used dropped first: templates, and their text in all. */
export interface KeptAnswersLimits {
  readonly maxAnswers: number;
  /** UTF-16 code units (about bytes, for the ASCII answers are mostly): a nation's overview is ~0.3 M. */
  readonly maxCharacters: number;
}

const LIMITS: KeptAnswersLimits = { maxAnswers: 200, maxCharacters: 32 * 1024 * 1024 };

type Selected = ReadonlyMap<string, ReadonlyMap<string, SelectedField>>;
type Sources = ReadonlyMap<string, AnswerSource>;

/**
 * Serialised answers kept by what decides them (answer-sources.ts): the text of a large answer
 * that its resolvers say has not changed is given again with only its varying values written
 * afresh, instead of being built and serialised field by field. Also Apollo's `stringifyResult`,
 * which writes a kept answer's text as it is.
 */
export class KeptAnswers {
  private readonly templates = new Map<string, AnswerTemplate>();
  /** A number per `decidedBy` object; never reused, so a key of objects gone is never met again. */
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;
  /** The text of each stand-in `data` given out (see standIn). */
  private readonly texts = new WeakMap<object, string>();
  private characters = 0;

  constructor(private readonly limits: KeptAnswersLimits = LIMITS) {}

  /** The key of an answer, or null when a root field said nothing of what decides its answer. */
  keyOf(
    queryKey: string,
    variables: Readonly<Record<string, unknown>>,
    selected: Selected,
    sources: Sources,
  ): string | null {
    const decided: string[] = [];
    for (const rootKey of selected.keys()) {
      const source = sources.get(rootKey);
      if (!source) return null;
      decided.push(`${rootKey}=${this.idOf(source.decidedBy)}`);
    }
    return `${queryKey}\n${JSON.stringify(variables)}\n${decided.join(',')}`;
  }

  /** The kept answer's text with this time's varying values, or null when none is kept or a value will not serialise. */
  find(key: string, selected: Selected, sources: Sources): string | null {
    const template = this.templates.get(key);
    if (!template) return null;
    this.templates.delete(key);
    this.templates.set(key, template);
    const values: unknown[] = [];
    for (const hole of template.holes) {
      const field = selected.get(hole.rootKey)?.get(hole.fieldKey);
      const value = field && sources.get(hole.rootKey)?.varying[field.fieldName];
      if (!field?.leafType) return null;
      try {
        values.push(value === null || value === undefined ? null : field.leafType.serialize(value));
      } catch {
        return null;
      }
    }
    return fillTemplate(template, values);
  }

  /** Keeps the answer `data` under `key`, cut at its varying values; nothing when it cannot be cut. */
  keep(key: string, data: Readonly<Record<string, unknown>>, selected: Selected, sources: Sources): void {
    const holes: AnswerHole[] = [];
    for (const [rootKey, fields] of selected) {
      const varying = new Set(Object.keys(sources.get(rootKey)?.varying ?? {}));
      for (const [fieldKey, field] of fields) {
        if (!varying.has(field.fieldName)) continue;
        if (!field.leafType) return;
        holes.push({ rootKey, fieldKey });
      }
    }
    const template = templateOf(data, holes);
    if (!template) return;
    this.forget(key);
    this.templates.set(key, template);
    this.characters += sizeOf(template);
    while (this.templates.size > this.limits.maxAnswers || this.characters > this.limits.maxCharacters) {
      this.forget(this.templates.keys().next().value as string);
    }
  }

  /** How many answers are kept, and their text in all: for tests and operators. */
  get size(): { readonly answers: number; readonly characters: number } {
    return { answers: this.templates.size, characters: this.characters };
  }

  private forget(key: string): void {
    const template = this.templates.get(key);
    if (!template) return;
    this.templates.delete(key);
    this.characters -= sizeOf(template);
  }

  /**
   * A `data` object for a kept answer's text: what Apollo's pipeline carries to `stringifyResult`.
   * Any plugin that reads it gets the real values (parsed from the text once, on first read).
   */
  standIn(text: string, rootKeys: Iterable<string>): Record<string, unknown> {
    let parsed: Record<string, unknown> | undefined;
    const data: Record<string, unknown> = {};
    for (const rootKey of rootKeys) {
      Object.defineProperty(data, rootKey, {
        enumerable: true,
        get: () => (parsed ??= JSON.parse(text) as Record<string, unknown>)[rootKey],
      });
    }
    this.texts.set(data, text);
    return data;
  }

  /** Apollo's `stringifyResult`: its own serialisation, but a kept answer's text is written as it is. */
  readonly stringifyResult = (result: FormattedExecutionResult): string => {
    const text =
      result.errors === undefined && result.extensions === undefined && result.data
        ? this.texts.get(result.data)
        : undefined;
    return `${text === undefined ? JSON.stringify(result) : `{"data":${text}}`}\n`;
  };

  private idOf(object: object): number {
    let id = this.ids.get(object);
    if (id === undefined) this.ids.set(object, (id = this.nextId++));
    return id;
  }
}

function sizeOf(template: AnswerTemplate): number {
  return template.parts.reduce((sum, part) => sum + part.length, 0);
}
