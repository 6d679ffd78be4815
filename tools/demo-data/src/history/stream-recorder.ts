import type { Actor, Decision } from '@nsf/domain';
import { DEMO_HORIZON, instant } from './demo-calendar';

/**
 * Runs a stream's commands through the aggregate's real decide and evolve, in memory, and wraps
 * each accepted event in the envelope the platform's command path gives it (executeOnStream in
 * @nsf/api-core): tenant, actor, actor role, command, correlation and derived event ids. A
 * refused command, or a command acting out of its caller's rights, is a bug in the generator and
 * stops it, so every stored demo event is one the platform itself would have accepted.
 */

/**
 * The id derivation of the platform (eventIdFor of @nsf/api-core): the n-th event of a command.
 * It is passed in because this library may not depend on the API's libraries; the seeder hands
 * over the real one, so demo ids are exactly those a retried command would get.
 */
export type DeriveId = (name: string, index: number) => string;

/** An event in the store's append shape (EventToAppend of @nsf/event-store). */
export interface GeneratedEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly tenantId: string;
  readonly occurredAt: string;
  readonly actor: string;
  readonly reason: string | null;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** One stream's whole history, appended in one go. */
export interface GeneratedStream {
  readonly streamId: string;
  readonly tenantId: string;
  readonly events: readonly GeneratedEvent[];
}

export interface Decider<Command, State, Event> {
  decide(command: Command, state: State): Decision<Event>;
  evolve(state: State, event: Event): State;
  readonly initialState: State;
}

interface DomainEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/** The id of a stream's n-th command: its key names the stream's history, not a request. */
export function demoCommandId(idFor: DeriveId, key: string, sequence: number): string {
  return idFor(`demo-history:${key}:${sequence}`, 0);
}

export class StreamRecorder<Command extends { readonly type: string }, State, Event extends DomainEvent> {
  private current: State;
  private readonly recorded: GeneratedEvent[] = [];
  private commands = 0;
  private last = 0;

  constructor(
    private readonly options: {
      readonly streamId: string;
      readonly tenantId: string;
      /** Names the stream's history, so its command ids are stable across runs. */
      readonly key: string;
      readonly decider: Decider<Command, State, Event>;
      /** The access rule the platform applies to this command before deciding it. */
      readonly mayAct: (command: Command, actor: Actor) => boolean;
      readonly idFor: DeriveId;
      /** Overrides the command ids derived from `key`, for a stream whose ids were fixed earlier. */
      readonly commandIdAt?: (sequence: number) => string;
    },
  ) {
    this.current = options.decider.initialState;
  }

  get state(): State {
    return this.current;
  }

  get events(): readonly GeneratedEvent[] {
    return this.recorded;
  }

  /** The id the next command will get (a support case is named after its first). */
  get nextCommandId(): string {
    const { commandIdAt, idFor, key } = this.options;
    return commandIdAt ? commandIdAt(this.commands) : demoCommandId(idFor, key, this.commands);
  }

  /** Decides the command as `actor` at `at`, records its events, and returns them. */
  record(command: Command, actor: Actor, at: Date): GeneratedEvent[] {
    const { streamId, tenantId, decider, idFor } = this.options;
    const where = `demo history: ${command.type} on ${streamId}`;
    if (!this.options.mayAct(command, actor)) throw new Error(`${where}: ${actor.username} may not do this`);
    if (at.getTime() < this.last) throw new Error(`${where}: ${at.toISOString()} is before the stream's last event`);
    if (at.getTime() >= DEMO_HORIZON.getTime())
      throw new Error(`${where}: ${at.toISOString()} is after the demo's today`);
    const decision = decider.decide(command, this.current);
    if (!decision.ok) throw new Error(`${where} was refused (${decision.error.kind}): ${decision.error.message}`);

    const commandId = this.nextCommandId;
    this.commands += 1;
    this.last = at.getTime();
    const occurredAt = instant(at);
    const events = decision.events.map((event, index) => ({
      id: idFor(commandId, index),
      type: event.type,
      schemaVersion: event.schemaVersion,
      tenantId,
      occurredAt,
      actor: actor.username,
      reason: null,
      commandId,
      correlationId: commandId,
      causationId: null,
      data: event.data,
      metadata: { actorRole: actor.role },
    }));
    this.current = decision.events.reduce((state, event) => decider.evolve(state, event), this.current);
    this.recorded.push(...events);
    return events;
  }

  stream(): GeneratedStream {
    return { streamId: this.options.streamId, tenantId: this.options.tenantId, events: this.recorded };
  }
}
