import { registerEnumType } from '@nestjs/graphql';

/** Where an assessment is in its cycle; validation, return and closure come later. */
export enum AssessmentStatusEnum {
  OPEN = 'OPEN',
  SUBMITTED = 'SUBMITTED',
}

registerEnumType(AssessmentStatusEnum, {
  name: 'AssessmentStatus',
  description: 'OPEN while the partnership scores its criteria; SUBMITTED once handed to the coordinator.',
});
