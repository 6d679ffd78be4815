/** Injection tokens for the platform's infrastructure, provided once by the composition root. */
export const EVENT_STORE = Symbol('EventStore');
export const SQL_DATABASE = Symbol('SqlDatabase');
export const PROJECTION_RUNNER = Symbol('ProjectionRunner');
export const PLATFORM_CLOCK = Symbol('Clock');

/** Time enters through here, so handlers can be driven by a fixed clock in tests. */
export interface Clock {
  now(): Date;
}
