// The support pipeline query: a region's support cases by status as of an instant, with the
// framework's hallmark titles to name the hallmarks each case served.

export const SUPPORT_PIPELINE_QUERY = /* GraphQL */ `
  query SupportPipeline($region: String!, $asOf: DateTime) {
    pipeline: supportPipeline(region: $region, asOf: $asOf) {
      region
      asOf
      total
      stages {
        status
        count
        cases {
          id
          partnershipId
          partnershipName
          offer {
            id
            title
          }
          hallmarksServed
          need
          raisedAs
          raisedAt
          status
          statusSince
          decision
          rationale
          decidedAt
          deliveredOn
          outcome {
            assessmentId
            hallmarks {
              hallmarkId
              before
              after
              movement
            }
          }
          outcomeRecordedAt
        }
      }
    }
    framework {
      hallmarks {
        id
        title
      }
    }
  }
`;

export interface SupportPipelineVariables {
  readonly region: string;
  readonly asOf?: string;
}

export type SupportCaseStatus = 'REQUESTED' | 'PROPOSED' | 'APPROVED' | 'DECLINED' | 'DEFERRED' | 'DELIVERED';
export type ScoreMovement = 'IMPROVED' | 'UNCHANGED' | 'DECLINED' | 'NO_BASELINE';

export interface HallmarkMovement {
  readonly hallmarkId: string;
  readonly before: number | null;
  readonly after: number;
  readonly movement: ScoreMovement;
}

export interface PipelineCase {
  readonly id: string;
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly offer: { readonly id: string; readonly title: string };
  readonly hallmarksServed: readonly string[];
  readonly need: string;
  readonly raisedAs: 'REQUESTED' | 'PROPOSED';
  readonly raisedAt: string;
  readonly status: SupportCaseStatus;
  readonly statusSince: string;
  readonly decision: 'APPROVED' | 'DECLINED' | 'DEFERRED' | null;
  readonly rationale: string | null;
  readonly decidedAt: string | null;
  readonly deliveredOn: string | null;
  readonly outcome: { readonly assessmentId: string; readonly hallmarks: readonly HallmarkMovement[] } | null;
  readonly outcomeRecordedAt: string | null;
}

export interface PipelineStage {
  readonly status: SupportCaseStatus;
  readonly count: number;
  readonly cases: readonly PipelineCase[];
}

export interface SupportPipelineData {
  readonly pipeline: {
    readonly region: string;
    readonly asOf: string;
    readonly total: number;
    readonly stages: readonly PipelineStage[];
  };
  readonly framework: { readonly hallmarks: readonly { readonly id: string; readonly title: string }[] };
}
