import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AlteredEvent', { description: 'The first event of a stream whose hash chain does not hold.' })
export class AlteredEventModel {
  @Field(() => ID)
  eventId!: string;

  @Field(() => Int)
  revision!: number;

  @Field(() => String, { description: 'What does not hold, in plain words.' })
  reason!: string;
}

@ObjectType('StreamVerification', { description: 'One stream’s hash chain, recomputed from the event store.' })
export class StreamVerificationModel {
  @Field(() => String)
  streamId!: string;

  @Field(() => Int, { description: 'Events checked: all of them when valid, up to the altered one when not.' })
  eventsChecked!: number;

  @Field(() => Boolean)
  valid!: boolean;

  @Field(() => AlteredEventModel, { nullable: true, description: 'Null when the stream is valid.' })
  firstAlteredEvent!: AlteredEventModel | null;
}

@ObjectType('HistoryVerification', { description: 'Whether nothing in a history was altered after it was recorded.' })
export class HistoryVerificationModel {
  @Field(() => Boolean, { description: 'True when every stream is valid.' })
  valid!: boolean;

  @Field(() => [StreamVerificationModel])
  streams!: StreamVerificationModel[];
}
