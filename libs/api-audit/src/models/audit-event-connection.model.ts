import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '@nsf/api-core';
import { AuditEventModel } from './audit-event.model';

@ObjectType('AuditEventEdge')
export class AuditEventEdgeModel {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditEventModel)
  node!: AuditEventModel;
}

@ObjectType('AuditEventConnection', { description: 'A page of an audit trail, oldest event first.' })
export class AuditEventConnectionModel {
  @Field(() => [AuditEventEdgeModel])
  edges!: AuditEventEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
