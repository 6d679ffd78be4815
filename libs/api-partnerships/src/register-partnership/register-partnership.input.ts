import { Field, ID, InputType } from '@nestjs/graphql';
import { PartnershipTypeEnum } from '../models/partnership-type.enum';

@InputType('RegisterPartnershipInput')
export class RegisterPartnershipInput {
  @Field(() => String)
  name!: string;

  @Field(() => PartnershipTypeEnum)
  type!: PartnershipTypeEnum;

  @Field(() => String, { description: 'A region code, e.g. NORTH_WEST or WALES.' })
  region!: string;

  @Field(() => String, { nullable: true, description: 'Only for a district in a two-tier area.' })
  county?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID chosen by the client, so a retried request is applied once.',
  })
  commandId?: string | null;
}
