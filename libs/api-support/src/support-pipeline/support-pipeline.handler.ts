import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SQL_DATABASE } from '@nsf/api-core';
import { forbidden, mayViewRegion, supportPipelineStages } from '@nsf/domain';
import { readSupportPipeline } from '@nsf/projections';
import type { SqlDatabase } from '@nsf/sql';
import { SUPPORT_CASE_STATUS } from '../models/support-case-status.enum';
import { SupportPipelineCaseModel } from '../models/support-pipeline-case.model';
import { SupportPipelineModel, SupportPipelineStageModel } from '../models/support-pipeline.model';
import { SupportPipelineQuery, type SupportPipelineLookup } from './support-pipeline.query';

/**
 * A region's support cases as of an instant, from the support pipeline read model, for those who
 * may see the region's overview: its coordinator, the national team and auditors.
 */
@QueryHandler(SupportPipelineQuery)
export class SupportPipelineHandler implements IQueryHandler<SupportPipelineQuery> {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async execute({ actor, region, asOf }: SupportPipelineQuery): Promise<SupportPipelineLookup> {
    if (!mayViewRegion(actor, region)) {
      return { ok: false, error: forbidden('You may see the support pipeline of your own region only.') };
    }
    const rows = await readSupportPipeline(this.db, region, asOf.toISOString());
    const stages = supportPipelineStages(rows).map((stage) =>
      Object.assign(new SupportPipelineStageModel(), {
        status: SUPPORT_CASE_STATUS[stage.status],
        count: stage.cases.length,
        cases: stage.cases.map((row) => SupportPipelineCaseModel.from(row)),
      }),
    );
    return {
      ok: true,
      pipeline: Object.assign(new SupportPipelineModel(), { region, asOf, total: rows.length, stages }),
    };
  }
}
