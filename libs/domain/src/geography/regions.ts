/**
 * Where a partnership sits: the nine English regions (each with its Government Office) and
 * Wales (supported by the Home Office Crime Team in Wales).
 */
export const REGIONS = [
  { code: 'NORTH_EAST', name: 'North East', country: 'England' },
  { code: 'NORTH_WEST', name: 'North West', country: 'England' },
  { code: 'YORKSHIRE_AND_THE_HUMBER', name: 'Yorkshire and the Humber', country: 'England' },
  { code: 'EAST_MIDLANDS', name: 'East Midlands', country: 'England' },
  { code: 'WEST_MIDLANDS', name: 'West Midlands', country: 'England' },
  { code: 'EAST_OF_ENGLAND', name: 'East of England', country: 'England' },
  { code: 'LONDON', name: 'London', country: 'England' },
  { code: 'SOUTH_EAST', name: 'South East', country: 'England' },
  { code: 'SOUTH_WEST', name: 'South West', country: 'England' },
  { code: 'WALES', name: 'Wales', country: 'Wales' },
] as const;

export type RegionCode = (typeof REGIONS)[number]['code'];
export type Country = (typeof REGIONS)[number]['country'];
export type Region = (typeof REGIONS)[number];

export function findRegion(code: string): Region | undefined {
  return REGIONS.find((region) => region.code === code);
}

export function isRegionCode(code: string): code is RegionCode {
  return findRegion(code) !== undefined;
}
