import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('HallmarkFinding', {
  description: 'A criterion that stands out in its hallmark, with its effective score (moderated, else self-scored).',
})
export class HallmarkFindingModel {
  @Field(() => String, { description: 'e.g. leadership' })
  hallmarkId!: string;

  @Field(() => String, { description: 'e.g. leadership.1' })
  criterionId!: string;

  @Field(() => Int)
  score!: number;
}
