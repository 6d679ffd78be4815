export * from './geography/regions';
export * from './shared/domain-error';
export * from './partnership/partnership';
export * from './partnership/partnership-id';
export * from './partnership/register-partnership.decide';
