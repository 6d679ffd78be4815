import { registerEnumType } from '@nestjs/graphql';
import type { OpenedAssessmentStatus } from '@nsf/domain';

/** Where an assessment is in its cycle, as the domain names it (see OpenedAssessmentStatus). */
export enum AssessmentStatusEnum {
  OPEN = 'OPEN',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  VALIDATED = 'VALIDATED',
}

export const ASSESSMENT_STATUS: Record<OpenedAssessmentStatus, AssessmentStatusEnum> = {
  open: AssessmentStatusEnum.OPEN,
  submitted: AssessmentStatusEnum.SUBMITTED,
  returned: AssessmentStatusEnum.RETURNED,
  validated: AssessmentStatusEnum.VALIDATED,
};

registerEnumType(AssessmentStatusEnum, {
  name: 'AssessmentStatus',
  description:
    'OPEN while the partnership scores its criteria; SUBMITTED once handed to the coordinator; RETURNED when the coordinator sends it back for revision (it can be re-scored and resubmitted); VALIDATED once the coordinator accepts it, closed.',
});
