// The forms for decisions about a partnership itself — designating or lifting priority status,
// escalating a concern to the national team, resolving it — which share a shape: the rationale
// (always required) and the evidence, plus the concern or the resolution where there is one.
import { fieldProblems, type FormProblems } from './form-problems';
import {
  DESIGNATE_PRIORITY_MUTATION,
  ESCALATE_MUTATION,
  LIFT_PRIORITY_MUTATION,
  RESOLVE_ESCALATION_MUTATION,
  type PartnershipDecisionInput,
} from './partnership-decision.mutations';
import type { PartnershipDecision } from './support-permissions';

export const DECISION_FIELDS = ['concern', 'resolution', 'rationale', 'evidence'] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];

export const DECISION_FIELD_IDS: Readonly<Record<DecisionField, string>> = {
  concern: 'concern',
  resolution: 'resolution',
  rationale: 'rationale',
  evidence: 'evidence',
};

export interface DecisionValues {
  readonly concern: string;
  readonly resolution: string;
  readonly rationale: string;
  readonly evidence: readonly string[];
}

export const EMPTY_DECISION_VALUES: DecisionValues = { concern: '', resolution: '', rationale: '', evidence: [] };

interface TextQuestion {
  readonly label: string;
  readonly hint?: string;
  /** The message when it is left empty. */
  readonly missing: string;
}

export interface DecisionFormWording {
  readonly title: string;
  readonly button: string;
  readonly mutation: string;
  readonly forbidden: string;
  /** The banner on the support page afterwards. */
  readonly done: (name: string) => string;
  /** The concern (escalate) or the resolution (resolve) asked before the rationale. */
  readonly extra: { readonly field: 'concern' | 'resolution'; readonly question: TextQuestion } | null;
  readonly rationale: TextQuestion;
}

const MANAGERS = 'Only the coordinator of the partnership’s region and the national team can';

export const DECISION_FORMS: Readonly<Record<PartnershipDecision, DecisionFormWording>> = {
  designate: {
    title: 'Designate a priority partnership',
    button: 'Designate priority partnership',
    mutation: DESIGNATE_PRIORITY_MUTATION,
    forbidden: `${MANAGERS} designate priority partnerships`,
    done: (name) => `${name} is now a priority partnership`,
    extra: null,
    rationale: {
      label: 'Why is it a priority for support?',
      hint: 'The partnership sees it, and it is kept for audit.',
      missing: 'Give the rationale for the decision',
    },
  },
  lift: {
    title: 'Lift priority status',
    button: 'Lift priority status',
    mutation: LIFT_PRIORITY_MUTATION,
    forbidden: `${MANAGERS} lift priority status`,
    done: (name) => `${name} is no longer a priority partnership`,
    extra: null,
    rationale: {
      label: 'Why is it no longer a priority?',
      hint: 'The partnership sees it, and it is kept for audit.',
      missing: 'Give the rationale for the decision',
    },
  },
  escalate: {
    title: 'Escalate a concern to the national team',
    button: 'Escalate concern',
    mutation: ESCALATE_MUTATION,
    forbidden: `${MANAGERS} escalate a concern about the partnership`,
    done: (name) => `Concern about ${name} escalated to the national team`,
    extra: {
      field: 'concern',
      question: {
        label: 'What should the national team look at?',
        missing: 'Describe the concern to escalate',
      },
    },
    rationale: {
      label: 'Why does it need the national team?',
      missing: 'Give the rationale for the decision',
    },
  },
  resolve: {
    title: 'Resolve the escalation',
    button: 'Resolve escalation',
    mutation: RESOLVE_ESCALATION_MUTATION,
    forbidden: 'Only the national team can resolve an escalation',
    done: (name) => `Escalation about ${name} resolved`,
    extra: {
      field: 'resolution',
      question: {
        label: 'What did the national team do about the concern?',
        missing: 'Say how the escalation was resolved',
      },
    },
    rationale: {
      label: 'Why is the concern resolved?',
      missing: 'Give the rationale for the decision',
    },
  },
};

/** The fields each form shows, in page order. */
export function decisionFields(decision: PartnershipDecision): DecisionField[] {
  const extra = DECISION_FORMS[decision].extra;
  return [...(extra ? [extra.field] : []), 'rationale', 'evidence'];
}

export function checkPartnershipDecision(
  decision: PartnershipDecision,
  values: DecisionValues,
): FormProblems<DecisionField> | null {
  const wording = DECISION_FORMS[decision];
  const fieldErrors: Partial<Record<DecisionField, string>> = {};
  if (wording.extra && values[wording.extra.field].trim() === '') {
    fieldErrors[wording.extra.field] = wording.extra.question.missing;
  }
  if (values.rationale.trim() === '') fieldErrors.rationale = wording.rationale.missing;
  return fieldProblems(fieldErrors);
}

export function toPartnershipDecisionInput(
  decision: PartnershipDecision,
  partnershipId: string,
  values: DecisionValues,
  commandId: string,
): PartnershipDecisionInput {
  const extra = DECISION_FORMS[decision].extra;
  return {
    partnershipId,
    rationale: values.rationale,
    evidence: values.evidence,
    commandId,
    ...(extra ? { [extra.field]: values[extra.field] } : {}),
  };
}
