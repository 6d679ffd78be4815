// Sends one command mutation with a retry-safe command id, and says how it went: done, refused
// by the API (with its typed errors), or unknown because no answer came back.
import { graphqlRequest, type GraphQLErrorItem } from '../graphql';
import type { CommandIds } from './command-ids';

export type CommandResult<TData> =
  | { readonly outcome: 'done'; readonly data: TData }
  | { readonly outcome: 'refused'; readonly errors: readonly GraphQLErrorItem[] }
  | { readonly outcome: 'unknown' };

export async function sendCommand<TData, TInput extends { readonly commandId: string }>(
  mutation: string,
  inputWith: (commandId: string) => TInput,
  ids: CommandIds,
  token: string | null,
): Promise<CommandResult<TData>> {
  // The answers are the input without its id: the same answers sent again are the same command.
  const answers = JSON.stringify(inputWith(''));
  const commandId = ids.idFor(answers);
  try {
    const result = await graphqlRequest<TData, { input: TInput }>(mutation, { input: inputWith(commandId) }, { token });
    ids.settle();
    return result.ok ? { outcome: 'done', data: result.data } : { outcome: 'refused', errors: result.errors };
  } catch {
    ids.markInDoubt(answers, commandId);
    return { outcome: 'unknown' };
  }
}
