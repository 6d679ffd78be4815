import { findRegion, type Country, type RegionCode } from '../geography/regions';
import type { Criterion, CriterionApplicability, Framework, ScaleLevel } from './framework';
import { CURRENT_FRAMEWORK } from './frameworks';

/**
 * Questions asked of a framework edition: which criteria a partnership is assessed against,
 * and looking a criterion or a scale level up. Each takes the edition (the current one by
 * default) because an assessment must be read against the edition it was made with.
 */

/** Where a partnership sits, as far as the framework's applicability cares. */
export interface PartnershipSetting {
  readonly country: Country;
  /** True for a district of a shire county, where a county council sits above the district. */
  readonly twoTier: boolean;
}

/**
 * The setting of a registered partnership: a county is recorded only for a district of a
 * two-tier shire county (the partnership decider refuses one in Wales), so its presence is
 * what makes the partnership two-tier.
 */
export function settingOf(partnership: {
  readonly region: RegionCode;
  readonly county: string | null;
}): PartnershipSetting {
  const region = findRegion(partnership.region);
  // RegionCode is checked at compile time; reaching this means a caller cast a bad value in.
  if (!region) throw new Error(`${partnership.region} is not a region code`);
  return { country: region.country, twoTier: partnership.county !== null };
}

export function isApplicable(applicability: CriterionApplicability, setting: PartnershipSetting): boolean {
  switch (applicability) {
    case 'ALL':
      return true;
    case 'ENGLAND_ONLY':
      return setting.country === 'England';
    case 'TWO_TIER_ONLY':
      return setting.twoTier;
    default: {
      const _exhaustive: never = applicability;
      return _exhaustive;
    }
  }
}

interface CriteriaIndex {
  readonly all: readonly Criterion[];
  readonly byId: ReadonlyMap<string, Criterion>;
}

/**
 * Each edition's criteria, listed and by id, worked out once: folds look a criterion up for every
 * score of every event, and listing the edition's criteria each time made replaying a
 * partnership's history quadratic. Editions are never changed once published.
 */
const indexes = new WeakMap<Framework, CriteriaIndex>();

function indexOf(framework: Framework): CriteriaIndex {
  let index = indexes.get(framework);
  if (!index) {
    const all = Object.freeze(framework.hallmarks.flatMap((hallmark) => hallmark.criteria));
    index = { all, byId: new Map(all.map((criterion) => [criterion.id, criterion])) };
    indexes.set(framework, index);
  }
  return index;
}

export function allCriteria(framework: Framework = CURRENT_FRAMEWORK): readonly Criterion[] {
  return indexOf(framework).all;
}

/** The criteria a partnership in this setting is assessed against, in framework order. */
export function criteriaApplicableTo(
  setting: PartnershipSetting,
  framework: Framework = CURRENT_FRAMEWORK,
): readonly Criterion[] {
  return allCriteria(framework).filter((criterion) => isApplicable(criterion.applicability, setting));
}

export function findCriterion(id: string, framework: Framework = CURRENT_FRAMEWORK): Criterion | undefined {
  return indexOf(framework).byId.get(id);
}

export function findScaleLevel(level: number, framework: Framework = CURRENT_FRAMEWORK): ScaleLevel | undefined {
  return framework.scale.find((candidate) => candidate.level === level);
}
