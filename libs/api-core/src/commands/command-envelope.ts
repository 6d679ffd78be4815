import { randomUUID } from 'node:crypto';
import type { Actor } from '@nsf/domain';

/** Who asked for a command, when, and the ids that tie its events to the request. */
export interface CommandEnvelope {
  readonly commandId: string;
  readonly actor: Actor;
  /** Business time of the command; becomes the events' occurredAt. */
  readonly occurredAt: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly reason: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * A client may send its own command id so that a retried request is recognised; otherwise each
 * request is a new command.
 */
export function commandEnvelope(options: {
  actor: Actor;
  now: Date;
  commandId?: string | null;
  correlationId?: string | null;
  reason?: string | null;
}): CommandEnvelope {
  const commandId = options.commandId ?? randomUUID();
  return {
    commandId,
    actor: options.actor,
    occurredAt: options.now.toISOString(),
    correlationId: options.correlationId ?? commandId,
    causationId: null,
    reason: options.reason ?? null,
  };
}
