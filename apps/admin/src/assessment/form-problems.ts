// The problems a form shows: on its fields, and in the error summary. Problems come from the
// checks made before sending and from the API's typed errors (extensions.code and field).
import type { ErrorSummaryItem } from '../govuk';
import type { GraphQLErrorItem } from '../graphql';

export const UNEXPECTED_PROBLEM = 'Sorry, there is a problem with the service. Try again later';

export interface FormProblems<F extends string> {
  readonly fieldErrors: Partial<Record<F, string>>;
  /** Problems that belong to no field, such as a lack of permission. */
  readonly general: readonly string[];
}

export interface ErrorWording<F extends string> {
  /** The form field an input field named by the API is shown on; undefined for none. */
  readonly fieldFor: (apiField: string) => F | undefined;
  /** Where a CONFLICT is shown when it is about one answer; in the summary alone otherwise. */
  readonly conflictField?: F;
  /** What a person whose sign-in has ended should do. */
  readonly unauthenticated: string;
  /** Who may do this, for a person who may not. */
  readonly forbidden: string;
}

export function problemsFromGraphQLErrors<F extends string>(
  errors: readonly GraphQLErrorItem[],
  wording: ErrorWording<F>,
): FormProblems<F> {
  const fieldErrors: Partial<Record<F, string>> = {};
  const general: string[] = [];
  const addGeneral = (message: string) => {
    if (!general.includes(message)) general.push(message);
  };
  const addToField = (field: F | undefined, message: string) => {
    if (field === undefined) addGeneral(message);
    else fieldErrors[field] ??= message;
  };

  for (const error of errors) {
    const apiField = error.extensions?.field;
    switch (error.extensions?.code) {
      case 'BAD_USER_INPUT':
        addToField(typeof apiField === 'string' ? wording.fieldFor(apiField) : undefined, error.message);
        break;
      case 'CONFLICT':
        // The domain's own words, e.g. that the assessment was submitted meanwhile.
        addToField(wording.conflictField, error.message);
        break;
      case 'NOT_FOUND':
        addGeneral(error.message);
        break;
      case 'UNAUTHENTICATED':
        addGeneral(wording.unauthenticated);
        break;
      case 'FORBIDDEN':
        addGeneral(wording.forbidden);
        break;
      default:
        // Unknown failures may carry internal detail; the person gets the standard message.
        addGeneral(UNEXPECTED_PROBLEM);
    }
  }
  if (errors.length === 0) addGeneral(UNEXPECTED_PROBLEM);
  return { fieldErrors, general };
}

/** For a form whose fields carry the API's input names: the field of that name, if the form has one. */
export function sameNamedField<F extends string>(fields: readonly F[]): (apiField: string) => F | undefined {
  return (apiField) => fields.find((field) => field === apiField);
}

export function hasProblems<F extends string>(problems: FormProblems<F>): boolean {
  return Object.keys(problems.fieldErrors).length > 0 || problems.general.length > 0;
}

/** Summary items in the order the fields appear on the page, then the problems of no field. */
export function summaryItems<F extends string>(
  problems: FormProblems<F>,
  fieldOrder: readonly F[],
  fieldId: (field: F) => string,
): readonly ErrorSummaryItem[] {
  const fieldItems = fieldOrder.flatMap((field) => {
    const message = problems.fieldErrors[field];
    return message ? [{ message, targetId: fieldId(field) }] : [];
  });
  return [...fieldItems, ...problems.general.map((message) => ({ message }))];
}
