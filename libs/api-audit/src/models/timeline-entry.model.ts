import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('TimelineEntry', { description: 'One step of a partnership’s improvement story, in plain words.' })
export class TimelineEntryModel {
  @Field(() => ID, { description: 'The event this entry tells; its envelope is in the audit trail.' })
  eventId!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => String, { description: 'The event type, e.g. AssessmentSubmitted.' })
  type!: string;

  @Field(() => String, { description: 'The username of whoever acted.' })
  actor!: string;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => String, { description: 'e.g. “Assessment 2009-10 submitted”.' })
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true, description: 'Why, in the words of whoever acted, when they said.' })
  reason!: string | null;
}
