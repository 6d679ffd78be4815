export type { Projection } from './projection';
export { partnershipsProjection } from './partnerships/partnerships.projection';
export * from './partnerships/partnerships.queries';
export { ProjectionRunner, type ProjectionRunnerOptions } from './runner/projection-runner';
export type { ReadModelRebuilt } from './runner/upgrade-read-models';
export { CHECKPOINT_MOVES_CHANNEL, whileUpgradingReadModels } from './runner/projection-checkpoints';
export { overviewProjection } from './overview/overview.projection';
export * from './overview/overview.queries';
export { supportPipelineProjection } from './support-pipeline/support-pipeline.projection';
export * from './support-pipeline/support-pipeline.queries';
export { auditEventsProjection } from './audit/audit-events.projection';
export * from './audit/audit-events.queries';
export { PLATFORM_PROJECTIONS } from './platform-projections';
export {
  rebuildProjection,
  shadowSchemaOf,
  type RebuildOptions,
  type RebuildResult,
} from './rebuild/rebuild-projection';
export { readModelChecksums } from './rebuild/read-model-checksums';
export * from './overview/hallmark-averages.queries';
export { checkEvidence } from './audit/check-evidence';
export {
  AppliedEventsFeed,
  type AppliedEventsFeedOptions,
  type AppliedEventsListener,
} from './progress/applied-events-feed';
