import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { RegisteredPartnership } from '@nsf/domain';
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

  @Field(() => Boolean, { description: 'Whether it is a priority partnership for support.' })
  priority!: boolean;

  @Field(() => Boolean, { description: 'Whether a concern about it is with the national team.' })
  escalated!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The partnership it merged into; null while it acts on its own. Its history stays readable.',
  })
  successorId!: string | null;

  @Field(() => [String], { description: 'The partnerships that merged into it.' })
  predecessorIds!: string[];

  static from(row: PartnershipRow): PartnershipModel {
    return Object.assign(new PartnershipModel(), {
      id: row.partnershipId,
      name: row.name,
      type: row.type as PartnershipTypeEnum,
      region: RegionModel.forCode(row.region),
      county: row.county,
      registeredAt: new Date(row.registeredAt),
      priority: row.priority,
      escalated: row.escalated,
      successorId: row.successorId,
      predecessorIds: [...row.predecessorIds],
    });
  }

  /**
   * A partnership as its stream tells it right after a command; what the stream does not hold
   * (when it was registered, which partnerships merged into it) comes in beside it.
   */
  static fromState(
    state: RegisteredPartnership,
    registeredAt: string,
    predecessorIds: readonly string[],
  ): PartnershipModel {
    return PartnershipModel.from({
      partnershipId: state.partnershipId,
      name: state.name,
      type: state.type,
      region: state.region,
      county: state.county,
      registeredAt,
      priority: state.priority !== null,
      escalated: state.escalation !== null,
      successorId: state.mergedInto,
      predecessorIds: [...predecessorIds],
    });
  }
}
