// The registration form's fields, the checks made before anything is sent, and how the
// problems are laid out for the error summary and the fields.
import type { ErrorSummaryItem } from '../govuk';
import { isPartnershipType } from './partnership-type';
import type { RegisterPartnershipInput } from './register-partnership.mutation';

export const REGISTRATION_FIELDS = ['name', 'type', 'region', 'county'] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

export interface RegistrationValues {
  readonly name: string;
  readonly type: string;
  readonly region: string;
  readonly county: string;
}

export const EMPTY_REGISTRATION: RegistrationValues = { name: '', type: '', region: '', county: '' };

/** Each field's element id; for the radios it is the first radio, so a link can focus it. */
export const FIELD_IDS: Readonly<Record<RegistrationField, string>> = {
  name: 'name',
  type: 'type',
  region: 'region',
  county: 'county',
};

export interface FormProblems {
  readonly fieldErrors: Partial<Record<RegistrationField, string>>;
  /** Problems that belong to no field, such as a lack of permission. */
  readonly general: readonly string[];
}

export function isRegistrationField(value: unknown): value is RegistrationField {
  return typeof value === 'string' && (REGISTRATION_FIELDS as readonly string[]).includes(value);
}

/**
 * Only what the browser can know for certain: that the required answers are there. Which types
 * a region allows is the domain's rule, checked by the server.
 */
export function checkRequiredAnswers(values: RegistrationValues): FormProblems | null {
  const fieldErrors: Partial<Record<RegistrationField, string>> = {};
  if (values.name.trim() === '') fieldErrors.name = 'Enter the partnership’s name';
  if (!isPartnershipType(values.type)) fieldErrors.type = 'Select whether the partnership is a CDRP, a DAAT or a CSP';
  if (values.region === '') fieldErrors.region = 'Select the partnership’s region';
  return Object.keys(fieldErrors).length > 0 ? { fieldErrors, general: [] } : null;
}

/** Call only after checkRequiredAnswers found nothing missing. */
export function toRegisterInput(values: RegistrationValues, commandId: string): RegisterPartnershipInput {
  if (!isPartnershipType(values.type)) throw new Error(`Not a partnership type: ${values.type}`);
  const county = values.county.trim();
  return {
    name: values.name,
    type: values.type,
    region: values.region,
    county: county === '' ? null : county,
    commandId,
  };
}

/** Summary items in the order the fields appear on the page, then the general problems. */
export function summaryItems(problems: FormProblems): readonly ErrorSummaryItem[] {
  const fieldItems = REGISTRATION_FIELDS.flatMap((field) => {
    const message = problems.fieldErrors[field];
    return message ? [{ message, targetId: FIELD_IDS[field] }] : [];
  });
  return [...fieldItems, ...problems.general.map((message) => ({ message }))];
}
