import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '@nsf/api-core';
import { TimelineEntryModel } from './timeline-entry.model';

@ObjectType('TimelineEdge')
export class TimelineEdgeModel {
  @Field(() => String)
  cursor!: string;

  @Field(() => TimelineEntryModel)
  node!: TimelineEntryModel;
}

@ObjectType('TimelineConnection', { description: 'A page of a partnership’s timeline, newest first.' })
export class TimelineConnectionModel {
  @Field(() => [TimelineEdgeModel])
  edges!: TimelineEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
