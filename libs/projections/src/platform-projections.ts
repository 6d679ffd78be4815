import { auditEventsProjection } from './audit/audit-events.projection';
import { overviewProjection } from './overview/overview.projection';
import { partnershipsProjection } from './partnerships/partnerships.projection';
import type { Projection } from './projection';
import { supportPipelineProjection } from './support-pipeline/support-pipeline.projection';

/** The read models the platform keeps: what its runner follows and what a rebuild may name. */
export const PLATFORM_PROJECTIONS: readonly Projection[] = [
  partnershipsProjection,
  overviewProjection,
  auditEventsProjection,
  supportPipelineProjection,
];
