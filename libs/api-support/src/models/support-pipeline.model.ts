import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SupportCaseStatusEnum } from './support-case-status.enum';
import { SupportPipelineCaseModel } from './support-pipeline-case.model';

@ObjectType('SupportPipelineStage', { description: 'The support cases of a region in one status.' })
export class SupportPipelineStageModel {
  @Field(() => SupportCaseStatusEnum)
  status!: SupportCaseStatusEnum;

  @Field(() => Int, { description: 'How many cases are in this status.' })
  count!: number;

  @Field(() => [SupportPipelineCaseModel], { description: 'Longest in the status first.' })
  cases!: SupportPipelineCaseModel[];
}

@ObjectType('SupportPipeline', {
  description: 'A region’s support cases by status, with each case’s decision and its outcome, as of an instant.',
})
export class SupportPipelineModel {
  @Field(() => String, { description: 'The region code.' })
  region!: string;

  @Field(() => Date, { description: 'The instant the pipeline shows.' })
  asOf!: Date;

  @Field(() => Int, { description: 'How many support cases the region’s partnerships had raised by then.' })
  total!: number;

  @Field(() => [SupportPipelineStageModel], {
    description:
      'Every status, empty ones too, in the order a case moves: REQUESTED, PROPOSED, DEFERRED, APPROVED, DELIVERED, then DECLINED.',
  })
  stages!: SupportPipelineStageModel[];
}
