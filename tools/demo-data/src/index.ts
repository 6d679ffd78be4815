export type { DemoPartnership } from './demo-partnership';
export * from './demo-partnerships-2009';
export * from './demo-users';
export * from './history/demo-history';
export type { DeriveId, GeneratedEvent, GeneratedStream } from './history/stream-recorder';
export { CURRENT_DEMO_PERIOD, DEMO_HORIZON, DEMO_PERIODS, type DemoPeriod } from './history/demo-calendar';
export { castOf, coordinatorOf, type DemoCast } from './history/demo-cast';
export { DEMO_SEEDER } from './history/partnership-registration';
export { randomSource, seedFrom, type RandomSource } from './history/random-source';
