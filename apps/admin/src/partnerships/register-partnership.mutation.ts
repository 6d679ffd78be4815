// The mutation that registers a partnership, and the shape of what it returns.
import type { PartnershipType } from './partnership-type';

export const REGISTER_PARTNERSHIP_MUTATION = /* GraphQL */ `
  mutation Register($input: RegisterPartnershipInput!) {
    registerPartnership(input: $input) {
      id
      name
      type
      county
      region {
        code
        name
      }
    }
  }
`;

export interface RegisterPartnershipInput {
  readonly name: string;
  readonly type: PartnershipType;
  readonly region: string;
  readonly county: string | null;
  /** Chosen by the client: the API applies a retried request with the same id only once. */
  readonly commandId: string;
}

export interface RegisterPartnershipVariables {
  readonly input: RegisterPartnershipInput;
}

export interface RegisterPartnershipData {
  readonly registerPartnership: {
    readonly id: string;
    readonly name: string;
    readonly type: PartnershipType;
    readonly county: string | null;
    readonly region: { readonly code: string; readonly name: string };
  };
}
