import type { ScaleLevel } from '../framework';

/**
 * The four-point scale of the 2009 edition. The seed names no scale; these levels are the
 * platform's, worded so a partnership can place itself without training, and kept in the
 * edition so a later one can change them without rewriting scores already given.
 */
export const SCALE_2009: readonly ScaleLevel[] = [
  {
    level: 1,
    label: 'Not yet in place',
    description: 'The partnership cannot yet show this in its work: it is missing, or exists only as an intention.',
  },
  {
    level: 2,
    label: 'Developing',
    description: 'The partnership has started to do this, but it is partial, recent or not yet shared by all partners.',
  },
  {
    level: 3,
    label: 'Established',
    description: 'The partnership does this consistently across its partners and can show evidence that it works.',
  },
  {
    level: 4,
    label: 'Excelling',
    description: 'The partnership does this very well, keeps improving it, and others could learn from how it does it.',
  },
];
