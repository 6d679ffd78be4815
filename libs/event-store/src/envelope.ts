/**
 * The envelope every event travels in. Events are versioned contracts: a stored event is never
 * rewritten, a changed shape gets a new schema version (and an upcaster where it is read).
 */

/** What a command handler hands to the store: the event and who/why/when it happened. */
export interface EventToAppend<Type extends string = string, Data = unknown> {
  /** A UUID; appending an id that is already in the stream returns the original result. */
  readonly id: string;
  readonly type: Type;
  readonly schemaVersion: number;
  /** The partnership (or other tenant) whose data this is. */
  readonly tenantId: string;
  /** Business time, ISO-8601 in UTC with milliseconds, supplied by the command (never the store's clock). */
  readonly occurredAt: string;
  /** Who caused it: a user id, or `system:<process>` for automated work. */
  readonly actor: string;
  readonly reason: string | null;
  /** The command that produced the event; retried commands are recognised by it. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: Data;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** An event as the store recorded it: the envelope plus where and when it was written. */
export interface RecordedEvent<Type extends string = string, Data = unknown> extends EventToAppend<Type, Data> {
  readonly streamId: string;
  /** 0 for the first event of a stream, then 1, 2, … without gaps. */
  readonly revision: number;
  /** Position in the global log; unique and increasing in insertion order (not commit order). */
  readonly globalPosition: number;
  /** Where a reader of the global log resumes after this event (opaque, adapter-defined). */
  readonly checkpoint: LogCheckpoint;
  /** Storage time, ISO-8601 UTC. */
  readonly recordedAt: string;
  /** Hash of the previous event of the stream, null for revision 0. */
  readonly previousHash: string | null;
  /** sha-256 (hex) chaining this event to the previous one: see hash-chain.ts. */
  readonly hash: string;
}

/**
 * A position in the global log in commit order. Opaque to callers: store it, hand it back.
 * (For PostgreSQL it is the pair the log is sorted by — transaction id and position.)
 */
export type LogCheckpoint = string;
