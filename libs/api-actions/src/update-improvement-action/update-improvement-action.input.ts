import { Field, ID, InputType } from '@nestjs/graphql';
import { ImprovementActionStatusEnum } from '../models/improvement-action-status.enum';

@InputType('UpdateImprovementActionInput', {
  description: 'Give only what changes; a note is required when blocking, completing or cancelling.',
})
export class UpdateImprovementActionInput {
  @Field(() => ID)
  actionId!: string;

  @Field(() => String, { nullable: true, description: 'The new owner.' })
  owner?: string | null;

  @Field(() => String, { nullable: true, description: 'The new due date, YYYY-MM-DD.' })
  dueOn?: string | null;

  @Field(() => ImprovementActionStatusEnum, { nullable: true })
  status?: ImprovementActionStatusEnum | null;

  @Field(() => String, { nullable: true, description: 'Why; recorded with every change this update makes.' })
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
