// A hallmark's trend as an arrow for the eye and words for a screen reader: the arrow alone
// would say nothing to someone who cannot see it, nor what it is measured against.
import type { Trend } from './overview.query';

export interface TrendWording {
  /** Shown, hidden from assistive technology. */
  readonly arrow: string;
  /** Read out, visually hidden. */
  readonly words: string;
}

export function trendWording(trend: Trend | null): TrendWording | null {
  switch (trend) {
    case 'UP':
      return { arrow: '↑', words: 'up since last validated assessment' };
    case 'DOWN':
      return { arrow: '↓', words: 'down since last validated assessment' };
    case 'SAME':
      return { arrow: '→', words: 'same as last validated assessment' };
    case 'NEW':
      return { arrow: '★', words: 'first validated assessment' };
    case null:
      return null;
    default: {
      const _exhaustive: never = trend;
      return _exhaustive;
    }
  }
}
