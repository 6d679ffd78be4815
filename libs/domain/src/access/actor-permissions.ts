import { findRegion } from '../geography/regions';
import type { Actor } from './roles';

/**
 * What a caller may do, in words, for the `me` query and the screens that explain a refusal.
 * It restates the access rules (moderation-access, self-assessment-access, assessment-view-access,
 * support-access) per role and scope; its spec checks the two never drift apart.
 */
export function permissionsOf(actor: Actor): readonly string[] {
  switch (actor.role) {
    case 'NATIONAL':
      return [
        'See every partnership’s assessments, in every region.',
        'Register partnerships.',
        'Open, score and submit any partnership’s self-assessment.',
        'Validate or return any partnership’s assessment.',
        'Request support for any partnership.',
        'Propose and decide support for any partnership, and record its delivery.',
      ];
    case 'REGIONAL_COORDINATOR': {
      const region = actor.region ? (findRegion(actor.region)?.name ?? actor.region) : 'no region';
      return [
        `See the assessments of partnerships in ${region}.`,
        `Validate or return the assessments of partnerships in ${region}.`,
        `Propose and decide support for partnerships in ${region}, and record its delivery.`,
      ];
    }
    case 'PARTNERSHIP_LEAD':
    case 'PARTNERSHIP_MEMBER': {
      const partnership = actor.partnershipId ?? 'no partnership';
      return [
        `See the assessments of your partnership (${partnership}).`,
        `Open, score and submit your partnership’s self-assessment.`,
        `Request support for your partnership.`,
      ];
    }
    case 'AUDITOR': {
      if (actor.auditedRegions === undefined) {
        return [
          'See every partnership’s assessments and decision history, in every region, without changing anything.',
        ];
      }
      const regions = actor.auditedRegions.map((code) => findRegion(code)?.name ?? code);
      const named =
        regions.length > 1 ? `${regions.slice(0, -1).join(', ')} and ${regions[regions.length - 1]}` : regions[0];
      return [`See the assessments and decision history of partnerships in ${named}, without changing anything.`];
    }
    default: {
      const _exhaustive: never = actor.role;
      return _exhaustive;
    }
  }
}
