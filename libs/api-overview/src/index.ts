export { OverviewModule } from './overview.module';
export { OVERVIEW_READ_MODEL_VERSION } from './cache/overview-cache.provider';
export type { ReadModelVersion } from './cache/read-model-version';
