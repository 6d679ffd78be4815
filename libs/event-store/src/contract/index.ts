/**
 * The event-store contract: one suite every adapter must pass (memory, PGlite, PostgreSQL,
 * KurrentDB). Call it from an adapter's spec file with a factory for a fresh, empty store; one
 * store serves the whole suite, and every test uses streams of its own.
 *
 *   describeEventStoreContract('pglite', async () => ({ store, dispose }), { tamper: true });
 */
import { afterAll, beforeAll, describe } from '@jest/globals';
import type { ContractCapabilities, ContractSubject, ContractSubjectFactory } from './contract-subject';
import { concurrencyContract } from './concurrency.contract';
import { expectedRevisionContract } from './expected-revision.contract';
import { hashChainContract } from './hash-chain.contract';
import { idempotencyContract } from './idempotency.contract';
import { readingContract } from './reading.contract';
import { subscriptionContract } from './subscription.contract';
import { validationContract } from './validation.contract';

export type { ContractCapabilities, ContractSubject, ContractSubjectFactory, DelayedAppend } from './contract-subject';

export function describeEventStoreContract(
  name: string,
  factory: ContractSubjectFactory,
  capabilities: ContractCapabilities = {},
): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: ContractSubject | undefined;
    beforeAll(async () => {
      subject = await factory();
    }, 60_000);
    afterAll(async () => {
      await subject?.dispose();
    }, 60_000);
    const access = (): ContractSubject => {
      if (!subject) throw new Error(`the ${name} event store was not created`);
      return subject;
    };

    expectedRevisionContract(access);
    idempotencyContract(access, capabilities);
    validationContract(access);
    readingContract(access);
    concurrencyContract(access, capabilities);
    hashChainContract(access, capabilities);
    subscriptionContract(access);
  });
}
