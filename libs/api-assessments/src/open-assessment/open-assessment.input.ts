import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('OpenAssessmentInput')
export class OpenAssessmentInput {
  @Field(() => String)
  partnershipId!: string;

  @Field(() => String, { description: 'The financial year to assess, e.g. 2009-10.' })
  period!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The framework version to assess against; the current one if omitted.',
  })
  frameworkVersion?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
