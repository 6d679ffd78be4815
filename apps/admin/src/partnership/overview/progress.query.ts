// A partnership's progress: per validated assessment and hallmark, its own averages beside its
// region's and the nation's, oldest period first. Every hallmark at once, so choosing another
// hallmark to chart needs no second request.

export const PROGRESS_QUERY = /* GraphQL */ `
  query Progress($partnershipId: ID!) {
    progress(partnershipId: $partnershipId) {
      assessmentId
      period
      hallmarkId
      effectiveAverage
      selfAverage
      reviewAverage
      regionAverage
      nationalAverage
    }
  }
`;

export interface ProgressVariables {
  readonly partnershipId: string;
}

export interface ProgressPoint {
  readonly assessmentId: string;
  readonly period: string;
  readonly hallmarkId: string;
  /** Moderated where the coordinator moderated, else self-scored. */
  readonly effectiveAverage: number | null;
  readonly selfAverage: number | null;
  readonly reviewAverage: number | null;
  readonly regionAverage: number | null;
  readonly nationalAverage: number | null;
}

export interface ProgressData {
  readonly progress: readonly ProgressPoint[];
}
