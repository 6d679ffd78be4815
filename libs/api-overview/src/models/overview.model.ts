import { Field, ObjectType } from '@nestjs/graphql';
import { OverviewRowModel } from './overview-row.model';

@ObjectType('Overview', { description: 'Every partnership of a region (or the nation) × the six hallmarks.' })
export class OverviewModel {
  @Field(() => String, { nullable: true, description: 'The region code; null for the national overview.' })
  region!: string | null;

  @Field(() => Date, { description: 'The instant the overview shows.' })
  asOf!: Date;

  @Field(() => [OverviewRowModel], { description: 'By partnership name.' })
  partnerships!: OverviewRowModel[];
}
