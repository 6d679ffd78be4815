import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '@nsf/api-core';
import { PartnershipModel } from './partnership.model';

@ObjectType('PartnershipEdge')
export class PartnershipEdgeModel {
  @Field(() => String)
  cursor!: string;

  @Field(() => PartnershipModel)
  node!: PartnershipModel;
}

@ObjectType('PartnershipConnection')
export class PartnershipConnectionModel {
  @Field(() => Int, { description: 'How many partnerships match the filter, over all pages.' })
  totalCount!: number;

  @Field(() => [PartnershipEdgeModel])
  edges!: PartnershipEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
