// Recomputes the hash chain of every stream of a partnership's history from the event store.
// An auditor's verification is itself recorded by the API.

export const VERIFY_HISTORY_QUERY = /* GraphQL */ `
  query VerifyHistory($partnershipId: ID!) {
    verifyHistory(partnershipId: $partnershipId) {
      valid
      streams {
        streamId
        valid
        eventsChecked
        firstAlteredEvent {
          eventId
          revision
          reason
        }
      }
    }
  }
`;

export interface VerifyHistoryVariables {
  readonly partnershipId: string;
}

export interface StreamVerification {
  readonly streamId: string;
  readonly valid: boolean;
  readonly eventsChecked: number;
  readonly firstAlteredEvent: { readonly eventId: string; readonly revision: number; readonly reason: string } | null;
}

export interface HistoryVerification {
  readonly valid: boolean;
  readonly streams: readonly StreamVerification[];
}

export interface VerifyHistoryData {
  readonly verifyHistory: HistoryVerification;
}
