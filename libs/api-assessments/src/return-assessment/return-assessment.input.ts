import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('ReturnAssessmentInput')
export class ReturnAssessmentInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => String, { description: 'What the partnership should revise before resubmitting.' })
  comments!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
