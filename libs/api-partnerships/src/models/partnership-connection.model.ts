import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PartnershipModel } from './partnership.model';

/** Relay-style pagination: https://relay.dev/graphql/connections.htm */
@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

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
