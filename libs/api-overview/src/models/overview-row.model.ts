import { Field, Int, ObjectType } from '@nestjs/graphql';
import { HallmarkStandingModel } from './hallmark-standing.model';

@ObjectType('OverviewCycle', { description: 'The partnership’s latest self-assessment as of the instant.' })
export class OverviewCycleModel {
  @Field(() => String)
  period!: string;

  @Field(() => String, { description: 'OPEN, SUBMITTED, RETURNED or VALIDATED.' })
  status!: string;
}

@ObjectType('OverviewRow', { description: 'One partnership on a coordinator’s overview.' })
export class OverviewRowModel {
  @Field(() => String)
  partnershipId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  type!: string;

  @Field(() => String)
  region!: string;

  @Field(() => [HallmarkStandingModel], { description: 'The six hallmarks, in framework order.' })
  hallmarks!: HallmarkStandingModel[];

  @Field(() => OverviewCycleModel, { nullable: true, description: 'Null when no assessment was opened yet.' })
  cycle!: OverviewCycleModel | null;

  @Field(() => Boolean, { description: 'The latest assessment is past its period and not yet submitted.' })
  overdue!: boolean;

  @Field(() => Boolean, { description: 'The latest assessment was returned for revision.' })
  returned!: boolean;

  @Field(() => Boolean, { description: 'Designated a priority partnership for support.' })
  priority!: boolean;

  @Field(() => Int, { description: 'Support cases requested, proposed, deferred or approved but not delivered.' })
  openSupport!: number;
}
