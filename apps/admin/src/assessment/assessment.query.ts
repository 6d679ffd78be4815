// What the assessment screens read: the assessment itself, the framework edition it was opened
// against (hallmarks, criteria and the scale), and the partnership's current cycle.

export type AssessmentStatus = 'OPEN' | 'SUBMITTED' | 'RETURNED' | 'VALIDATED';

/** Every field the screens show; the mutations answer with the same, so a save refreshes the screen. */
export const ASSESSMENT_FIELDS = /* GraphQL */ `
  id
  partnershipId
  period
  frameworkVersion
  status
  applicableCriteria
  applicableCriteriaCount
  scoredCount
  returnComments
  scores {
    criterionId
    score
    evidence
    evidenceLinks
    rationale
  }
  moderatedScores {
    criterionId
    selfScore
    moderatedScore
    reason
  }
`;

export const ASSESSMENT_QUERY = /* GraphQL */ `
  query Assessment($id: ID!) {
    assessment(id: $id) {
      ${ASSESSMENT_FIELDS}
    }
  }
`;

export const FRAMEWORK_QUERY = /* GraphQL */ `
  query Framework($version: String) {
    framework(version: $version) {
      version
      title
      scale {
        level
        label
        description
      }
      hallmarks {
        id
        number
        title
        criteriaIntroduction
        criteria {
          id
          number
          text
        }
      }
    }
  }
`;

export const PARTNERSHIP_CYCLE_QUERY = /* GraphQL */ `
  query AssessmentPartnership($id: ID!) {
    partnership(id: $id) {
      partnershipId
      name
      region
      currentCycle {
        assessmentId
        period
        status
      }
    }
  }
`;

export interface SavedScore {
  readonly criterionId: string;
  readonly score: number;
  readonly evidence: string | null;
  readonly evidenceLinks: readonly string[];
  readonly rationale: string;
}

export interface ModeratedScore {
  readonly criterionId: string;
  readonly selfScore: number;
  readonly moderatedScore: number;
  readonly reason: string;
}

export interface Assessment {
  readonly id: string;
  readonly partnershipId: string;
  readonly period: string;
  readonly frameworkVersion: string;
  readonly status: AssessmentStatus;
  /** In framework order; fixed when the assessment opened. */
  readonly applicableCriteria: readonly string[];
  readonly applicableCriteriaCount: number;
  readonly scoredCount: number;
  readonly returnComments: string | null;
  readonly scores: readonly SavedScore[];
  /** Null until validated. */
  readonly moderatedScores: readonly ModeratedScore[] | null;
}

export interface ScaleLevel {
  readonly level: number;
  readonly label: string;
  readonly description: string;
}

export interface Criterion {
  readonly id: string;
  readonly number: number;
  readonly text: string;
}

export interface Hallmark {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly criteriaIntroduction: string;
  readonly criteria: readonly Criterion[];
}

export interface Framework {
  readonly version: string;
  readonly title: string;
  readonly scale: readonly ScaleLevel[];
  readonly hallmarks: readonly Hallmark[];
}

export interface AssessmentData {
  readonly assessment: Assessment;
}

export interface FrameworkData {
  readonly framework: Framework;
}

export interface PartnershipCycle {
  readonly partnershipId: string;
  readonly name: string;
  readonly region: string;
  readonly currentCycle: {
    readonly assessmentId: string;
    readonly period: string;
    readonly status: AssessmentStatus;
  } | null;
}

export interface PartnershipCycleData {
  readonly partnership: PartnershipCycle;
}
