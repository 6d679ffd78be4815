export type { DemoPartnership } from './demo-partnership';
export * from './demo-partnerships-2009';
export * from './demo-users';
