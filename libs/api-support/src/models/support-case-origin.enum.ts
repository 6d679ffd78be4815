import { registerEnumType } from '@nestjs/graphql';

/** Who raised a support case: the event that opened it says. */
export enum SupportCaseOriginEnum {
  REQUESTED = 'REQUESTED',
  PROPOSED = 'PROPOSED',
}

registerEnumType(SupportCaseOriginEnum, {
  name: 'SupportCaseOrigin',
  description: 'REQUESTED by the partnership itself, or PROPOSED by its coordinator.',
});
