// A region as the API describes it: the nine English Government Office regions and Wales.

export interface Region {
  readonly code: string;
  readonly name: string;
  readonly country: string;
}

export function regionName(regions: readonly Region[], code: string | null): string | null {
  if (code === null) return null;
  return regions.find((region) => region.code === code)?.name ?? code;
}
