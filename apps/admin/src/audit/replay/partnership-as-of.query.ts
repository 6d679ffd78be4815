// A partnership as it stood at an instant, replayed by the API from its history up to then, and
// the framework's wording to show it with. An auditor's every such read is recorded by the API.

export const PARTNERSHIP_AS_OF_QUERY = /* GraphQL */ `
  query PartnershipAsOf($id: ID!, $asOf: DateTime!) {
    partnership(id: $id, asOf: $asOf) {
      asOf
      name
      mergedInto
      priority {
        rationale
      }
      escalation {
        concern
      }
      openSupportCases {
        caseId
        offerId
        status
      }
      improvementActions {
        actionId
        status
      }
      currentCycle {
        ...ReplayedScores
      }
      lastValidated {
        ...ReplayedScores
      }
    }
  }

  fragment ReplayedScores on AssessmentScores {
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

export const FRAMEWORK_LABELS_QUERY = /* GraphQL */ `
  query FrameworkLabels {
    framework {
      scale {
        level
        label
      }
      hallmarks {
        id
        number
        title
      }
    }
  }
`;

export interface PartnershipAsOfVariables {
  readonly id: string;
  readonly asOf: string;
}

export interface ReplayedScores {
  readonly assessmentId: string;
  readonly period: string;
  /** OPEN, SUBMITTED, RETURNED or VALIDATED. */
  readonly status: string;
  readonly hallmarks: readonly {
    readonly hallmarkId: string;
    readonly average: number | null;
    readonly selfAverage: number | null;
    readonly level: number | null;
  }[];
}

export interface ReplayedPartnership {
  readonly asOf: string;
  readonly name: string;
  readonly mergedInto: string | null;
  readonly priority: { readonly rationale: string } | null;
  readonly escalation: { readonly concern: string } | null;
  readonly openSupportCases: readonly { readonly caseId: string; readonly offerId: string; readonly status: string }[];
  readonly improvementActions: readonly { readonly actionId: string; readonly status: string }[];
  readonly currentCycle: ReplayedScores | null;
  readonly lastValidated: ReplayedScores | null;
}

export interface PartnershipAsOfData {
  readonly partnership: ReplayedPartnership;
}

export interface FrameworkLabels {
  readonly scale: readonly { readonly level: number; readonly label: string }[];
  readonly hallmarks: readonly { readonly id: string; readonly number: number; readonly title: string }[];
}

export interface FrameworkLabelsData {
  readonly framework: FrameworkLabels;
}
