import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { PartnershipRow } from '@nsf/projections';
import { PartnershipTypeEnum } from './partnership-type.enum';
import { RegionModel } from './region.model';

@ObjectType('Partnership', { description: 'A community safety partnership.' })
export class PartnershipModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PartnershipTypeEnum)
  type!: PartnershipTypeEnum;

  @Field(() => RegionModel)
  region!: RegionModel;

  @Field(() => String, { nullable: true, description: 'The county of a district in a two-tier area.' })
  county!: string | null;

  @Field(() => GraphQLISODateTime)
  registeredAt!: Date;

  static from(row: PartnershipRow): PartnershipModel {
    return Object.assign(new PartnershipModel(), {
      id: row.partnershipId,
      name: row.name,
      type: row.type as PartnershipTypeEnum,
      region: RegionModel.forCode(row.region),
      county: row.county,
      registeredAt: new Date(row.registeredAt),
    });
  }
}
