// The problems a support form shows, from its own checks or from the API's answer: each field's
// message beside the field and in the GOV.UK error summary (linked to the field), and problems of
// no field (a lack of permission, a case already decided) in the summary alone.
import type { ErrorSummaryItem } from '../govuk';
import type { GraphQLErrorItem } from '../graphql';

export const UNEXPECTED_PROBLEM = 'Sorry, there is a problem with the service. Try again later';
export const SIGNED_OUT_PROBLEM = 'Your sign-in has ended. Sign in again and try once more';

export interface FormProblems<Field extends string> {
  readonly fieldErrors: Partial<Record<Field, string>>;
  /** Problems that belong to no field. */
  readonly general: readonly string[];
}

export function fieldProblems<Field extends string>(
  fieldErrors: Partial<Record<Field, string>>,
): FormProblems<Field> | null {
  return Object.keys(fieldErrors).length > 0 ? { fieldErrors, general: [] } : null;
}

/**
 * The API's refusal as problems: BAD_USER_INPUT on a field of this form beside that field; a
 * conflict (e.g. the case was decided meanwhile) or a missing record in the server's own words;
 * a refusal of permission in the form's words, since it knows who may do what.
 */
export function problemsFromGraphQLErrors<Field extends string>(
  errors: readonly GraphQLErrorItem[],
  fields: readonly Field[],
  forbidden: string,
): FormProblems<Field> {
  const fieldErrors: Partial<Record<Field, string>> = {};
  const general: string[] = [];
  const addGeneral = (message: string) => {
    if (!general.includes(message)) general.push(message);
  };
  for (const error of errors) {
    const field = error.extensions?.field;
    switch (error.extensions?.code) {
      case 'BAD_USER_INPUT':
        if (isField(fields, field)) fieldErrors[field] ??= error.message;
        else addGeneral(error.message);
        break;
      case 'CONFLICT':
      case 'NOT_FOUND':
        addGeneral(error.message);
        break;
      case 'FORBIDDEN':
        addGeneral(forbidden);
        break;
      case 'UNAUTHENTICATED':
        addGeneral(SIGNED_OUT_PROBLEM);
        break;
      default:
        // Unknown failures may carry internal detail; the person gets the standard message.
        addGeneral(UNEXPECTED_PROBLEM);
    }
  }
  if (Object.keys(fieldErrors).length === 0 && general.length === 0) general.push(UNEXPECTED_PROBLEM);
  return { fieldErrors, general };
}

/** Summary items in the order the fields appear on the page, then the problems of no field. */
export function summaryItems<Field extends string>(
  problems: FormProblems<Field>,
  fieldOrder: readonly Field[],
  targetIds: Readonly<Record<Field, string>>,
): ErrorSummaryItem[] {
  const fieldItems = fieldOrder.flatMap((field) => {
    const message = problems.fieldErrors[field];
    return message ? [{ message, targetId: targetIds[field] }] : [];
  });
  return [...fieldItems, ...problems.general.map((message) => ({ message }))];
}

function isField<Field extends string>(fields: readonly Field[], value: unknown): value is Field {
  return typeof value === 'string' && (fields as readonly string[]).includes(value);
}
