// Turns the API's GraphQL errors for registerPartnership into problems shown on the form.
import type { GraphQLErrorItem } from '../graphql';
import { isRegistrationField, type FormProblems, type RegistrationField } from './registration-form';

export const UNEXPECTED_PROBLEM = 'Sorry, there is a problem with the service. Try again later';

export function problemsFromGraphQLErrors(errors: readonly GraphQLErrorItem[]): FormProblems {
  const fieldErrors: Partial<Record<RegistrationField, string>> = {};
  const general: string[] = [];
  const addGeneral = (message: string) => {
    if (!general.includes(message)) general.push(message);
  };

  for (const error of errors) {
    const code = error.extensions?.code;
    const field = error.extensions?.field;
    switch (code) {
      case 'BAD_USER_INPUT':
        if (isRegistrationField(field)) fieldErrors[field] ??= error.message;
        else addGeneral(error.message);
        break;
      case 'CONFLICT':
        // A partnership of that name is already in that region: the name is what to change.
        fieldErrors.name ??= error.message;
        break;
      case 'UNAUTHENTICATED':
        addGeneral('Your sign-in has ended. Sign in again to register a partnership');
        break;
      case 'FORBIDDEN':
        addGeneral('Only the national team can register partnerships');
        break;
      default:
        // Unknown failures may carry internal detail; the user gets the standard message.
        addGeneral(UNEXPECTED_PROBLEM);
    }
  }
  return { fieldErrors, general };
}
