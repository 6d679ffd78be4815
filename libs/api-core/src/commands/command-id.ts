import { typedError } from '../graphql/graphql-errors';
import { isUuid } from './command-envelope';

/** A client-chosen command id must be a UUID, so it cannot collide with the ids the server derives. */
export function checkCommandId(commandId: string | null | undefined): string | null {
  if (commandId && !isUuid(commandId)) throw typedError('BAD_USER_INPUT', 'commandId must be a UUID.', 'commandId');
  return commandId ?? null;
}
