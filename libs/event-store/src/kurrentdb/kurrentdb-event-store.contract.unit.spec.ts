/**
 * The shared event-store contract, run against this adapter over the in-memory KurrentDB stand-in
 * (testing/fake-kurrentdb.ts), on every machine. It proves the adapter's own logic — chaining,
 * retries, paging, filtering, subscriptions — against the same tests as the other adapters; only
 * the live run (kurrentdb-event-store.int.spec.ts) can prove the real server behaves like the fake.
 *
 * KurrentDB does not refuse an event id already used in another stream, so that one idempotency
 * case is skipped (uniqueIdsAcrossStreams: false); every other idempotency case runs.
 */
import { afterAll, beforeAll, describe } from '@jest/globals';
import type { ContractSubject } from '../contract';
import { concurrencyContract } from '../contract/concurrency.contract';
import { expectedRevisionContract } from '../contract/expected-revision.contract';
import { hashChainContract } from '../contract/hash-chain.contract';
import { idempotencyContract } from '../contract/idempotency.contract';
import { readingContract } from '../contract/reading.contract';
import { subscriptionContract } from '../contract/subscription.contract';
import { validationContract } from '../contract/validation.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { FakeKurrentDb } from './testing/fake-kurrentdb';

describe('EventStore contract: kurrentdb adapter over an in-memory KurrentDB', () => {
  let subject: ContractSubject | undefined;
  beforeAll(() => {
    const store = new KurrentDbEventStore(new FakeKurrentDb());
    subject = { store, dispose: () => store.close() };
  });
  afterAll(async () => {
    await subject?.dispose();
  });
  const access = (): ContractSubject => {
    if (!subject) throw new Error('the store was not created');
    return subject;
  };
  // Events are immutable in KurrentDB (no tampering in place), and it has one writer, so no
  // transaction can commit behind a later one.
  const capabilities = { tamper: false, delayedAppend: false, uniqueIdsAcrossStreams: false };

  expectedRevisionContract(access);
  validationContract(access);
  readingContract(access);
  concurrencyContract(access, capabilities);
  hashChainContract(access, capabilities);
  idempotencyContract(access, capabilities);
  subscriptionContract(access);
});
