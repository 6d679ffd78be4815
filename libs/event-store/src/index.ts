export type {
  AppendOptions,
  AppendResult,
  AppendedEvent,
  EventStore,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  SubscribeToAllOptions,
  Subscription,
} from './port';
export type { EventToAppend, LogCheckpoint, RecordedEvent } from './envelope';
export {
  expectedRevisionSatisfied,
  expectedRevisionToText,
  type ActualRevision,
  type ExpectedRevision,
} from './expected-revision';
export {
  EventIdConflictError,
  EventStoreError,
  EventStoreUnavailableError,
  InvalidEventError,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from './errors';
export { canonicalJson, chainHash, contentDigest, hashedContent, sha256Hex } from './hash-chain';
export { verifyChain, type ChainProblem, type ChainVerification } from './verify-chain';
export { CatchUpSubscription, type CatchUpOptions, type FollowableLog } from './subscription/catch-up-subscription';
export { createSqlEventStore, migrateEventStore, type SqlEventStoreOptions } from './sql/sql-event-store';
export { applyMigrations, type Migration } from './sql/migrations';
export {
  createMemoryEventStore,
  type MemoryEventStore,
  type MemoryEventStoreOptions,
} from './memory/memory-event-store';
export { createKurrentDbEventStore } from './kurrentdb/create-kurrentdb-event-store';
export { KurrentDbEventStore, type KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
