import type { RegionCode } from '../geography/regions';

/**
 * A partnership's id is derived from its region and name, so registering the same partnership
 * twice lands on the same stream and is refused there, by the stream's own revision guard,
 * with no separate uniqueness index to keep in step.
 */
export function partnershipIdFor(region: RegionCode, name: string): string {
  return `${region}-${slug(name)}`.toLowerCase();
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
