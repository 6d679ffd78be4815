import { allCriteria, CURRENT_FRAMEWORK } from '@nsf/domain';
import type { RandomSource } from './random-source';

/**
 * What a partnership is like, drawn once from the seed and kept for its whole history: how well
 * it really works on each hallmark (a couple stronger, a couple weaker than its overall level),
 * which way it is heading year on year, how far its own scores run ahead of the evidence, and
 * how often it goes back over a score before submitting. Scores follow from this, so a
 * partnership's years look like one partnership's, not like independent draws.
 */

/** Most partnerships improve a little each year; some stall, a few slip back. */
export type Trajectory = 'improving' | 'steady' | 'slipping';

export interface PartnershipCharacter {
  /** The level it really works at on each hallmark in its first year, on the 1–4 scale (not rounded). */
  readonly hallmarkLevels: Readonly<Record<string, number>>;
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  /** Small, lasting differences between criteria of the same hallmark. */
  readonly criterionOffsets: Readonly<Record<string, number>>;
  readonly trajectory: Trajectory;
  /** Change of its real level per year. */
  readonly yearlyChange: number;
  /** How far its self-scores tend to sit above the evidence (negative: it undersells itself). */
  readonly optimism: number;
  /** How likely it is to revise a draft score before submitting. */
  readonly revisionRate: number;
}

const YEARLY_CHANGE: Record<Trajectory, readonly [number, number]> = {
  improving: [0.15, 0.45],
  steady: [-0.05, 0.08],
  slipping: [-0.4, -0.12],
};

export function characterOf(random: RandomSource): PartnershipCharacter {
  const overall = random.between(1.5, 3.1);
  const hallmarkIds = CURRENT_FRAMEWORK.hallmarks.map((hallmark) => hallmark.id);
  const [first, second, ...rest] = random.shuffled(hallmarkIds);
  const strengths = random.chance(0.6) ? [first, second] : [first];
  const weaknesses = random.chance(0.5) ? rest.slice(0, 2) : rest.slice(0, 1);
  const hallmarkLevels: Record<string, number> = {};
  for (const id of hallmarkIds) {
    const lean = strengths.includes(id) ? 0.65 : weaknesses.includes(id) ? -0.75 : 0;
    hallmarkLevels[id] = overall + lean + random.between(-0.25, 0.25);
  }
  const criterionOffsets: Record<string, number> = {};
  for (const criterion of allCriteria(CURRENT_FRAMEWORK)) criterionOffsets[criterion.id] = random.between(-0.4, 0.4);
  const trajectory = random.weighted<Trajectory>({ improving: 0.62, steady: 0.25, slipping: 0.13 });
  const [low, high] = YEARLY_CHANGE[trajectory];
  return {
    hallmarkLevels,
    strengths,
    weaknesses,
    criterionOffsets,
    trajectory,
    yearlyChange: random.between(low, high),
    optimism: random.between(-0.2, 0.6),
    revisionRate: random.between(0.03, 0.14),
  };
}

/**
 * The level a partnership really works at on one criterion in a given year (0 for its first),
 * with `lift` for what delivered support has added to that hallmark; clamped to the scale.
 */
export function realLevel(
  character: PartnershipCharacter,
  criterion: { readonly id: string; readonly hallmarkId: string },
  year: number,
  lift: number,
): number {
  const level =
    character.hallmarkLevels[criterion.hallmarkId] +
    character.criterionOffsets[criterion.id] +
    character.yearlyChange * year +
    lift;
  return Math.min(4, Math.max(1, level));
}

/** A level on the four-point scale. */
export function toScale(level: number): number {
  return Math.min(4, Math.max(1, Math.round(level)));
}
