import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('SubmitAssessmentInput')
export class SubmitAssessmentInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
