import type { PartnershipType, RegionCode } from '@nsf/domain';

/**
 * A partnership as the demo data registers it: exactly the fields of RegisterPartnership.
 * `county` is set only for a district of a two-tier shire county.
 */
export interface DemoPartnership {
  readonly name: string;
  readonly type: Extract<PartnershipType, 'CDRP' | 'CSP'>;
  readonly region: RegionCode;
  readonly county: string | null;
}

/** How one English region's local government stood in 2008–09, area by area. */
export interface EnglishRegionAreas {
  /** Metropolitan boroughs, London boroughs, the City, unitaries and the Isles of Scilly. */
  readonly singleTier: readonly string[];
  /** Shire county → the areas of its district partnerships (a merged pair counts once). */
  readonly counties: Readonly<Record<string, readonly string[]>>;
}

/** One CDRP per area, named after it: “Allerdale” → “Allerdale CDRP”. */
export function cdrpsOf(region: RegionCode, areas: EnglishRegionAreas): DemoPartnership[] {
  const singleTier = areas.singleTier.map((area) => cdrp(region, area, null));
  const districts = Object.entries(areas.counties).flatMap(([county, names]) =>
    names.map((area) => cdrp(region, area, county)),
  );
  return [...singleTier, ...districts];
}

function cdrp(region: RegionCode, area: string, county: string | null): DemoPartnership {
  return { name: `${area} CDRP`, type: 'CDRP', region, county };
}
