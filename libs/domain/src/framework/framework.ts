/**
 * The shape of a National Support Framework edition: its hallmarks, their criteria and the
 * scale partnerships score themselves on. Editions are versioned data, never edited in place:
 * every assessment names the version it used, so a later edition is a new value, not a change.
 */

/**
 * Which partnerships a criterion applies to. The seed names two kinds of limit: the
 * Comprehensive Area Assessment exists in England only, and some criteria concern the
 * relationship between districts and their county, which only two-tier areas have.
 */
export const CRITERION_APPLICABILITIES = ['ALL', 'ENGLAND_ONLY', 'TWO_TIER_ONLY'] as const;
export type CriterionApplicability = (typeof CRITERION_APPLICABILITIES)[number];

/** One of the “partnerships will demonstrate that they…” statements under a hallmark. */
export interface Criterion {
  /** Stable across editions while the criterion means the same thing, e.g. 'leadership.1'. */
  readonly id: string;
  readonly hallmarkId: string;
  /** Position within its hallmark, from 1. */
  readonly number: number;
  /** Completes the hallmark's `criteriaIntroduction`, as the seed words it. */
  readonly text: string;
  readonly applicability: CriterionApplicability;
}

/** One of the six Hallmarks of effective partnership working. */
export interface Hallmark {
  /** Stable short id, e.g. 'leadership'; criterion ids are built on it. */
  readonly id: string;
  /** Position in the framework, from 1. */
  readonly number: number;
  readonly title: string;
  /** The seed's short account of the hallmark; null where the seed gives none. */
  readonly description: string | null;
  /** The seed's lead-in that each criterion completes (“…partnerships will demonstrate that they are:”). */
  readonly criteriaIntroduction: string;
  readonly criteria: readonly Criterion[];
}

/** A point on the self-assessment scale. */
export interface ScaleLevel {
  /** The score recorded against a criterion. */
  readonly level: number;
  readonly label: string;
  /** What a partnership at this level looks like, in one sentence. */
  readonly description: string;
}

export interface Framework {
  /** e.g. '2009.1': the year of the edition and its revision within that year. */
  readonly version: string;
  readonly title: string;
  readonly publishedBy: string;
  /** In the order the seed presents them. */
  readonly hallmarks: readonly Hallmark[];
  /** Lowest level first. Part of the edition, so a later edition may change it. */
  readonly scale: readonly ScaleLevel[];
}
