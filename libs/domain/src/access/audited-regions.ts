import type { RegionCode } from '../geography/regions';
import type { Actor } from './roles';

/** Whether an auditor's remit takes in the region: every region, unless their token names some. */
export function auditsRegion(actor: Actor, region: RegionCode): boolean {
  return actor.role === 'AUDITOR' && (actor.auditedRegions === undefined || actor.auditedRegions.includes(region));
}

/** An auditor of every region: one whose token names none. */
export function auditsEveryRegion(actor: Actor): boolean {
  return actor.role === 'AUDITOR' && actor.auditedRegions === undefined;
}
