// The decisions about a partnership itself: priority status and escalation to the national team.
// Each carries its rationale and the events it relied on.

const PARTNERSHIP_FIELDS = /* GraphQL */ `
  id
  priority
  escalated
`;

export const DESIGNATE_PRIORITY_MUTATION = /* GraphQL */ `
  mutation DesignatePriority($input: DesignatePriorityInput!) {
    designatePriority(input: $input) { ${PARTNERSHIP_FIELDS} }
  }
`;

export const LIFT_PRIORITY_MUTATION = /* GraphQL */ `
  mutation LiftPriority($input: LiftPriorityInput!) {
    liftPriority(input: $input) { ${PARTNERSHIP_FIELDS} }
  }
`;

export const ESCALATE_MUTATION = /* GraphQL */ `
  mutation Escalate($input: EscalateInput!) {
    escalate(input: $input) { ${PARTNERSHIP_FIELDS} }
  }
`;

export const RESOLVE_ESCALATION_MUTATION = /* GraphQL */ `
  mutation ResolveEscalation($input: ResolveEscalationInput!) {
    resolveEscalation(input: $input) { ${PARTNERSHIP_FIELDS} }
  }
`;

/** The input every one of them takes; `concern` for escalate and `resolution` for resolveEscalation only. */
export interface PartnershipDecisionInput {
  readonly partnershipId: string;
  readonly rationale: string;
  readonly evidence: readonly string[];
  readonly commandId: string;
  readonly concern?: string;
  readonly resolution?: string;
}

export interface PartnershipDecisionVariables {
  readonly input: PartnershipDecisionInput;
}

export interface AnsweredPartnership {
  readonly id: string;
  readonly priority: boolean;
  readonly escalated: boolean;
}
