// What every support form does when it sends its command: one submission at a time; a command id
// kept for the same answers when the answer was lost in transit (so sending again applies it at
// most once); and the problems to show, numbered so that each failed attempt remounts the error
// summary and it takes focus again.
import { useRef, useState } from 'react';
import { graphqlRequest, newCommandId } from '../graphql';
import { problemsFromGraphQLErrors, UNEXPECTED_PROBLEM, type FormProblems } from './form-problems';

export interface ShownProblems<Field extends string> extends FormProblems<Field> {
  readonly attempt: number;
}

export interface CommandForm<Field extends string> {
  readonly problems: ShownProblems<Field> | null;
  readonly submitting: boolean;
  /** Shows problems found before sending. */
  readonly show: (problems: FormProblems<Field>) => void;
  /**
   * Sends the command built from the answers and a command id. Resolves with the data on
   * success (the command id with it); on failure shows the problems and resolves with null.
   */
  readonly send: <TData>(
    mutation: string,
    answers: unknown,
    input: (commandId: string) => object,
  ) => Promise<{ readonly data: TData; readonly commandId: string } | null>;
}

export function useCommandForm<Field extends string>(
  token: string | null,
  fields: readonly Field[],
  forbidden: string,
): CommandForm<Field> {
  const [problems, setProblems] = useState<ShownProblems<Field> | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const unsettled = useRef<{ readonly answers: string; readonly id: string } | null>(null);

  const show = (found: FormProblems<Field>) =>
    setProblems((previous) => ({ ...found, attempt: (previous?.attempt ?? 0) + 1 }));

  const send = async <TData>(mutation: string, answers: unknown, input: (commandId: string) => object) => {
    if (submitting) return null;
    setSubmitting(true);
    const answered = JSON.stringify(answers);
    const commandId = unsettled.current?.answers === answered ? unsettled.current.id : newCommandId();
    try {
      const result = await graphqlRequest<TData, { input: object }>(mutation, { input: input(commandId) }, { token });
      unsettled.current = null;
      if (result.ok) return { data: result.data, commandId };
      show(problemsFromGraphQLErrors(result.errors, fields, forbidden));
      return null;
    } catch {
      unsettled.current = { answers: answered, id: commandId };
      show({ fieldErrors: {}, general: [UNEXPECTED_PROBLEM] });
      return null;
    } finally {
      setSubmitting(false);
    }
  };

  return { problems, submitting, show, send };
}
