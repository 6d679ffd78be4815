import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ModeratedScore', {
  description: 'A criterion the coordinator scored differently from the partnership on validation, and why.',
})
export class ModeratedScoreModel {
  @Field(() => String, { description: 'e.g. leadership.1' })
  criterionId!: string;

  @Field(() => Int, { description: 'The partnership’s own submitted score.' })
  selfScore!: number;

  @Field(() => Int)
  moderatedScore!: number;

  @Field(() => String)
  reason!: string;
}
