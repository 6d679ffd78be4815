export * from './infrastructure/tokens';
export * from './commands/command-envelope';
export * from './commands/event-ids';
export * from './commands/execute-on-stream';
export * from './graphql/graphql-errors';
export * from './auth/access-tokens';
export * from './auth/authenticated.guard';
export * from './auth/current-actor.decorator';
