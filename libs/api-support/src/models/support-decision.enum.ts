import { registerEnumType } from '@nestjs/graphql';

/** The domain's decisions are already upper-case names, so they serve as the GraphQL values as they are. */
export enum SupportDecisionEnum {
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  DEFERRED = 'DEFERRED',
}

registerEnumType(SupportDecisionEnum, {
  name: 'SupportDecision',
  description: 'APPROVED (to be delivered), DECLINED (closed), or DEFERRED (to be decided again later).',
});
