// One partnership as it stands (or stood): who it is, its current and last validated assessment,
// decisions, open support and improvement actions; with the framework's hallmark titles and
// scale labels, and the support catalogue's titles, to put words to the ids.

export const PARTNERSHIP_QUERY = /* GraphQL */ `
  query PartnershipView($id: ID!, $asOf: DateTime) {
    partnership(id: $id, asOf: $asOf) {
      partnershipId
      asOf
      name
      type
      region
      county
      mergedInto
      priority {
        rationale
      }
      escalation {
        concern
      }
      currentCycle {
        ...AssessmentScoresFields
      }
      lastValidated {
        ...AssessmentScoresFields
      }
      openSupportCases {
        caseId
        offerId
        status
      }
      improvementActions {
        actionId
        criterionId
        hallmarkId
        description
        dueOn
        owner
        status
      }
    }
    framework {
      hallmarks {
        id
        number
        title
      }
      scale {
        level
        label
      }
    }
    supportOffers {
      id
      title
    }
  }

  fragment AssessmentScoresFields on AssessmentScores {
    assessmentId
    period
    status
    hallmarks {
      hallmarkId
      average
      selfAverage
      level
    }
  }
`;

export interface PartnershipVariables {
  readonly id: string;
  readonly asOf?: string;
}

export interface HallmarkScores {
  readonly hallmarkId: string;
  /** Effective: moderated where the coordinator moderated, else self-scored. */
  readonly average: number | null;
  readonly selfAverage: number | null;
  readonly level: number | null;
}

export interface AssessmentScores {
  readonly assessmentId: string;
  readonly period: string;
  /** OPEN, SUBMITTED, RETURNED or VALIDATED. */
  readonly status: string;
  readonly hallmarks: readonly HallmarkScores[];
}

export interface ImprovementActionSummary {
  readonly actionId: string;
  readonly criterionId: string;
  readonly hallmarkId: string;
  readonly description: string;
  /** YYYY-MM-DD. */
  readonly dueOn: string;
  readonly owner: string;
  /** NOT_STARTED, IN_PROGRESS, BLOCKED, COMPLETED or CANCELLED. */
  readonly status: string;
}

export interface OpenSupportCase {
  readonly caseId: string;
  readonly offerId: string;
  /** REQUESTED, PROPOSED, DEFERRED or APPROVED. */
  readonly status: string;
}

export interface PartnershipView {
  readonly partnershipId: string;
  readonly asOf: string;
  readonly name: string;
  /** CDRP, DAAT or CSP. */
  readonly type: string;
  /** A region code, e.g. NORTH_WEST. */
  readonly region: string;
  readonly county: string | null;
  readonly mergedInto: string | null;
  readonly priority: { readonly rationale: string } | null;
  readonly escalation: { readonly concern: string } | null;
  readonly currentCycle: AssessmentScores | null;
  readonly lastValidated: AssessmentScores | null;
  readonly openSupportCases: readonly OpenSupportCase[];
  readonly improvementActions: readonly ImprovementActionSummary[];
}

export interface HallmarkHeading {
  readonly id: string;
  readonly number: number;
  readonly title: string;
}

export interface ScaleLevel {
  readonly level: number;
  readonly label: string;
}

export interface PartnershipData {
  readonly partnership: PartnershipView;
  readonly framework: { readonly hallmarks: readonly HallmarkHeading[]; readonly scale: readonly ScaleLevel[] };
  readonly supportOffers: readonly { readonly id: string; readonly title: string }[];
}
