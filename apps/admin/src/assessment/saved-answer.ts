// Which answer was just saved, carried in history state to the page the person moves on to, so
// that page can say so: saving as you go should be seen to happen.

export interface SavedAnswer {
  /** The criterion's code, e.g. "3.4". */
  readonly code: string;
  /** The level saved, e.g. "3 – Established". */
  readonly level: string;
}

export interface SavedAnswerState {
  readonly saved: SavedAnswer;
}

export function readSavedAnswer(state: unknown): SavedAnswer | null {
  if (typeof state !== 'object' || state === null) return null;
  const saved = (state as { saved?: unknown }).saved;
  if (typeof saved !== 'object' || saved === null) return null;
  const { code, level } = saved as { code?: unknown; level?: unknown };
  return typeof code === 'string' && typeof level === 'string' ? { code, level } : null;
}

export function savedMessage(saved: SavedAnswer): string {
  return `Criterion ${saved.code} saved: ${saved.level}`;
}
