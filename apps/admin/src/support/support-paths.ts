// Where each support screen lives, under its partnership.

const base = (partnershipId: string) => `/partnerships/${encodeURIComponent(partnershipId)}`;

export const supportPath = (partnershipId: string) => `${base(partnershipId)}/support`;
export const requestSupportPath = (partnershipId: string) => `${supportPath(partnershipId)}/request`;
export const proposeSupportPath = (partnershipId: string) => `${supportPath(partnershipId)}/propose`;

export const casePath = (partnershipId: string, caseUuid: string) =>
  `${supportPath(partnershipId)}/cases/${encodeURIComponent(caseUuid)}`;
export const decideCasePath = (partnershipId: string, caseUuid: string) =>
  `${casePath(partnershipId, caseUuid)}/decide`;
export const recordDeliveryPath = (partnershipId: string, caseUuid: string) =>
  `${casePath(partnershipId, caseUuid)}/delivery`;
export const recordOutcomePath = (partnershipId: string, caseUuid: string) =>
  `${casePath(partnershipId, caseUuid)}/outcome`;

export const designatePriorityPath = (partnershipId: string) => `${supportPath(partnershipId)}/priority/designate`;
export const liftPriorityPath = (partnershipId: string) => `${supportPath(partnershipId)}/priority/lift`;
export const escalatePath = (partnershipId: string) => `${supportPath(partnershipId)}/escalate`;
export const resolveEscalationPath = (partnershipId: string) => `${supportPath(partnershipId)}/escalation/resolve`;

/** Where a partnership's recorded events are told in plain words. */
export const timelinePath = (partnershipId: string) => `${base(partnershipId)}/timeline`;

/** The sign-in page, coming back here afterwards. */
export const signInPath = (returnTo: string) => `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
