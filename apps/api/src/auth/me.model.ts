import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Me', { description: 'The signed-in caller: who they are, their scope, and what they may do.' })
export class MeModel {
  @Field({ description: 'The stable user name every recorded decision names (the token’s `sub`).' })
  username!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'NATIONAL, REGIONAL_COORDINATOR, PARTNERSHIP_LEAD, PARTNERSHIP_MEMBER or AUDITOR.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'A coordinator’s region code; null for other roles.' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'A lead’s or member’s partnership; null for other roles.' })
  partnershipId!: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The region codes an auditor is limited to; null for an auditor of every region, and for other roles.',
  })
  auditedRegions!: string[] | null;

  @Field(() => [String], { description: 'What the caller may do, in words.' })
  mayDo!: string[];
}
