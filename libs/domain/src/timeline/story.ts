/**
 * The improvement timeline tells each recorded event in plain words. A storyteller knows one
 * family of events (a partnership's, an assessment's, a support case's) and returns undefined for
 * anything it does not know, so an event type added later is still told, by the fallback.
 */

/** An event as the storytellers read it: what was recorded, by whom, and the context its data leaves out. */
export interface StoryEvent {
  readonly type: string;
  readonly schemaVersion: number;
  /** A username, or `system:<process>` for automated work. */
  readonly actor: string;
  readonly actorRole: string | null;
  readonly reason: string | null;
  readonly data: unknown;
  /**
   * The first event of the same stream when this is a later one (e.g. the assessment's opening,
   * which names its period; the support request, which names the offer); null otherwise.
   */
  readonly opening: { readonly type: string; readonly data: unknown } | null;
}

export interface Story {
  /** A short heading, e.g. “Assessment 2009-10 submitted”. */
  readonly title: string;
  /** One or two sentences a coordinator reads without knowing the event's shape. */
  readonly description: string;
  /** Why, in the words of whoever acted: the envelope's reason or the rationale in the event. */
  readonly reason: string | null;
}

export type Storyteller = (event: StoryEvent) => Story | undefined;
