// What every support screen needs to know first: the partnership as it stands now (read from its
// own history, so a decision just made is already there), the support offers and the hallmarks.
import type { HallmarkTitle, SupportOffer } from './support-offers';

export const SUPPORT_CONTEXT_QUERY = /* GraphQL */ `
  query SupportContext($partnershipId: ID!) {
    partnership(id: $partnershipId) {
      partnershipId
      name
      region
      mergedInto
      priority {
        rationale
        evidence
      }
      escalation {
        concern
        rationale
      }
    }
    supportOffers {
      id
      title
      scope
      form
      provider
      hallmarkIds
    }
    framework {
      hallmarks {
        id
        number
        title
      }
    }
  }
`;

export interface SupportContextVariables {
  readonly partnershipId: string;
}

export interface PartnershipStatus {
  readonly partnershipId: string;
  readonly name: string;
  readonly region: string;
  readonly mergedInto: string | null;
  readonly priority: { readonly rationale: string; readonly evidence: readonly string[] } | null;
  readonly escalation: { readonly concern: string; readonly rationale: string } | null;
}

export interface SupportContext {
  readonly partnership: PartnershipStatus;
  readonly supportOffers: readonly SupportOffer[];
  readonly framework: { readonly hallmarks: readonly HallmarkTitle[] };
}
