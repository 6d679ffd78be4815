// Two assessments of one partnership side by side, with the framework's hallmark and criterion
// wording and its scale, so scores can be shown as the levels people know.

export const COMPARE_ASSESSMENTS_QUERY = /* GraphQL */ `
  query CompareAssessments($a: ID!, $b: ID!) {
    compareAssessments(a: $a, b: $b) {
      a
      b
      periodA
      periodB
      gains
      losses
      levelChanges
      hallmarks {
        hallmarkId
        before
        after
        change
        levelBefore
        levelAfter
      }
      criteria {
        criterionId
        hallmarkId
        before
        after
        change
      }
    }
    framework {
      scale {
        level
        label
      }
      hallmarks {
        id
        number
        title
        criteria {
          id
          number
          text
        }
      }
    }
  }
`;

export interface CompareAssessmentsVariables {
  readonly a: string;
  readonly b: string;
}

export interface HallmarkChange {
  readonly hallmarkId: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly change: number | null;
  readonly levelBefore: number | null;
  readonly levelAfter: number | null;
}

export interface CriterionChange {
  readonly criterionId: string;
  readonly hallmarkId: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly change: number | null;
}

export interface ScaleLevel {
  readonly level: number;
  readonly label: string;
}

export interface FrameworkHallmark {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly criteria: readonly { readonly id: string; readonly number: number; readonly text: string }[];
}

export interface AssessmentComparison {
  readonly a: string;
  readonly b: string;
  readonly periodA: string;
  readonly periodB: string;
  readonly gains: number;
  readonly losses: number;
  readonly levelChanges: number;
  readonly hallmarks: readonly HallmarkChange[];
  readonly criteria: readonly CriterionChange[];
}

export interface CompareAssessmentsData {
  readonly compareAssessments: AssessmentComparison;
  readonly framework: {
    readonly scale: readonly ScaleLevel[];
    readonly hallmarks: readonly FrameworkHallmark[];
  };
}
