import { Field, ObjectType } from '@nestjs/graphql';

/**
 * Relay-style pagination (https://relay.dev/graphql/connections.htm): one PageInfo type shared by
 * every connection, as the specification asks, so it lives here rather than in one capability.
 */
@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
