/**
 * Configuration entry point for `EVENT_STORE=kurrentdb`: builds the adapter from `KURRENTDB_URL`,
 * a KurrentDB connection string such as `kurrentdb://localhost:2113?tls=false`
 * (see https://docs.kurrent.io for the connection-string options: tls, defaultDeadline, …).
 */
import { connectKurrentDb } from './client-seam';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import type { KurrentDbEventStoreOptions } from './kurrentdb-event-store';

const SCHEMES = [
  'kurrentdb',
  'kurrentdb+discover',
  'kurrent',
  'kurrent+discover',
  'kdb',
  'kdb+discover',
  'esdb',
  'esdb+discover',
];

/** @throws TypeError when the URL is not a KurrentDB connection string (before any connection is tried). */
export function createKurrentDbEventStore(url: string, options: KurrentDbEventStoreOptions = {}): KurrentDbEventStore {
  const scheme = /^([a-z+]+):\/\//i.exec(url.trim())?.[1]?.toLowerCase();
  if (!scheme || !SCHEMES.includes(scheme)) {
    throw new TypeError(
      `KURRENTDB_URL must be a KurrentDB connection string such as kurrentdb://localhost:2113?tls=false, got ${JSON.stringify(url)}`,
    );
  }
  return new KurrentDbEventStore(connectKurrentDb(url.trim()), options);
}
