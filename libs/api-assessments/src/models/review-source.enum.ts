import { registerEnumType } from '@nestjs/graphql';

/** The domain's review sources are already upper-case names, so they serve as the GraphQL values as they are. */
export enum ReviewSourceEnum {
  DIAGNOSTIC_REVIEW = 'DIAGNOSTIC_REVIEW',
  PEER_REVIEW = 'PEER_REVIEW',
}

registerEnumType(ReviewSourceEnum, {
  name: 'ReviewSource',
  description: 'Who assessed the partnership from outside: a DIAGNOSTIC_REVIEW or a PEER_REVIEW.',
});
