import { registerEnumType } from '@nestjs/graphql';
import type { OpenedSupportCaseStatus } from '@nsf/domain';

/** Where a support case is, as the domain names it (see OpenedSupportCaseStatus). */
export enum SupportCaseStatusEnum {
  REQUESTED = 'REQUESTED',
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  DEFERRED = 'DEFERRED',
  DELIVERED = 'DELIVERED',
}

export const SUPPORT_CASE_STATUS: Record<OpenedSupportCaseStatus, SupportCaseStatusEnum> = {
  requested: SupportCaseStatusEnum.REQUESTED,
  proposed: SupportCaseStatusEnum.PROPOSED,
  approved: SupportCaseStatusEnum.APPROVED,
  declined: SupportCaseStatusEnum.DECLINED,
  deferred: SupportCaseStatusEnum.DEFERRED,
  delivered: SupportCaseStatusEnum.DELIVERED,
};

registerEnumType(SupportCaseStatusEnum, {
  name: 'SupportCaseStatus',
  description:
    'REQUESTED by the partnership or PROPOSED by its coordinator; then APPROVED, DECLINED (closed) or DEFERRED (to be decided again); DELIVERED once approved support has been given (closed).',
});
