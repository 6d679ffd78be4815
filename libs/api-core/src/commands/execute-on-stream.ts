import type { Decision, DomainError } from '@nsf/domain';
import { WrongExpectedRevisionError, type EventStore, type EventToAppend, type RecordedEvent } from '@nsf/event-store';
import { conflict } from '@nsf/domain';
import type { CommandEnvelope } from './command-envelope';
import { eventIdFor } from './event-ids';

/** A domain event as a decider produces it: plain typed data. */
export interface DomainEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

export interface StreamDecider<State, Event extends DomainEvent> {
  readonly initialState: State;
  evolve(state: State, event: Event): State;
}

export type CommandOutcome<State> =
  | {
      ok: true;
      /** The stream's state after the command. */
      state: State;
      /** The stream's last revision: what the next writer should expect. */
      revision: number;
      /** When the command took effect (the first time, for a retried command). */
      occurredAt: string;
      /** True when the command had already been applied and nothing new was appended. */
      replayed: boolean;
    }
  | { ok: false; error: DomainError };

/**
 * The whole of a command handler's work, kept out of Nest: load the stream, fold it, decide,
 * append with the revision it decided on. A retried command (its id already in the stream)
 * returns the events it produced the first time and decides nothing again. A concurrent writer
 * that got there first turns into a CONFLICT, with nothing appended.
 */
export async function executeOnStream<State, Event extends DomainEvent>(options: {
  store: EventStore;
  streamId: string;
  tenantId: string;
  decider: StreamDecider<State, Event>;
  envelope: CommandEnvelope;
  decide: (state: State) => Decision<Event>;
}): Promise<CommandOutcome<State>> {
  const { store, streamId, decider, envelope } = options;
  const history = await store.readStream(streamId);
  const state = history.reduce(
    (current, event) => decider.evolve(current, asDomainEvent<Event>(event)),
    decider.initialState,
  );

  const earlier = history.filter((event) => event.commandId === envelope.commandId);
  if (earlier.length > 0) {
    return { ok: true, state, revision: lastRevision(history), occurredAt: earlier[0].occurredAt, replayed: true };
  }

  const decision = options.decide(state);
  if (!decision.ok) return decision;

  const toAppend: EventToAppend[] = decision.events.map((event, index) => ({
    id: eventIdFor(envelope.commandId, index),
    type: event.type,
    schemaVersion: event.schemaVersion,
    tenantId: options.tenantId,
    occurredAt: envelope.occurredAt,
    actor: envelope.actor.username,
    reason: envelope.reason,
    commandId: envelope.commandId,
    correlationId: envelope.correlationId,
    causationId: envelope.causationId,
    data: event.data,
    metadata: { actorRole: envelope.actor.role },
  }));
  const expectedRevision = history.length === 0 ? 'no_stream' : lastRevision(history);
  let revision: number;
  try {
    const result = await store.appendToStream(streamId, toAppend, { expectedRevision });
    revision = result.nextExpectedRevision;
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError) {
      return {
        ok: false,
        error: conflict(
          `Someone else changed this record at the same time (it is now at revision ${String(error.actual)}). Reload and try again.`,
        ),
      };
    }
    throw error;
  }
  const newState = decision.events.reduce((current, event) => decider.evolve(current, event), state);
  return { ok: true, state: newState, revision, occurredAt: envelope.occurredAt, replayed: false };
}

function lastRevision(history: readonly RecordedEvent[]): number {
  return history[history.length - 1].revision;
}

function asDomainEvent<Event extends DomainEvent>(event: RecordedEvent): Event {
  return { type: event.type, schemaVersion: event.schemaVersion, data: event.data } as Event;
}
