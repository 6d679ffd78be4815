// Who the audited partnership is, for the heading of every section of its audit. It is asked of
// the partnership as it stands now; an auditor's such read is recorded by the API.

export const AUDITED_PARTNERSHIP_QUERY = /* GraphQL */ `
  query AuditedPartnership($id: ID!) {
    partnership(id: $id) {
      partnershipId
      name
      type
      region
      mergedInto
    }
  }
`;

export interface AuditedPartnershipVariables {
  readonly id: string;
}

export interface AuditedPartnership {
  readonly partnershipId: string;
  readonly name: string;
  readonly type: string;
  readonly region: string;
  readonly mergedInto: string | null;
}

export interface AuditedPartnershipData {
  readonly partnership: AuditedPartnership;
}
