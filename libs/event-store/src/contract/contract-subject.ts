/**
 * What an adapter hands the contract suite: a store, its cleanup, and optional capabilities for
 * the tests that need to reach behind the port (a tampering attacker, a slow writer).
 */
import type { EventToAppend } from '../envelope';
import type { EventStore } from '../port';

export interface ContractSubject {
  readonly store: EventStore;
  dispose(): Promise<void>;
  /** Rewrites a stored event's data behind the store's back (e.g. an SQL UPDATE by the database owner). */
  tamperWith?(eventId: string, data: unknown): Promise<void>;
  /**
   * Opens a separate transaction that takes its transaction id at once and appends and commits
   * only when told: the writer that commits after later writers (only where the store can have one).
   */
  beginDelayedAppend?(): Promise<DelayedAppend>;
}

export interface DelayedAppend {
  /** Appends inside the open transaction (expected revision `no_stream`). */
  append(streamId: string, events: readonly EventToAppend[]): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/**
 * The capabilities a subject offers, declared when the suite is described (before the subject
 * exists), so tests that cannot apply are reported as skipped rather than passing vacuously.
 */
export interface ContractCapabilities {
  /** The subject offers tamperWith. */
  readonly tamper?: boolean;
  /** The subject offers beginDelayedAppend. */
  readonly delayedAppend?: boolean;
  /** An event id used in one stream is refused in any other (SQL, memory; not KurrentDB). */
  readonly uniqueIdsAcrossStreams?: boolean;
}

export type ContractSubjectFactory = () => Promise<ContractSubject>;

/** Lets each group of contract tests reach the subject created once for the whole suite. */
export type SubjectAccess = () => ContractSubject;
