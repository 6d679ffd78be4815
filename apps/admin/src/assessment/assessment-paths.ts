// The addresses of the assessment screens, in one place so links and redirects agree.

const partnershipBase = (partnershipId: string) => `/partnerships/${encodeURIComponent(partnershipId)}`;

export function taskListPath(partnershipId: string): string {
  return `${partnershipBase(partnershipId)}/assessment`;
}

function assessmentBase(partnershipId: string, assessmentId: string): string {
  return `${taskListPath(partnershipId)}/${encodeURIComponent(assessmentId)}`;
}

export function criterionPath(partnershipId: string, assessmentId: string, criterionId: string): string {
  return `${assessmentBase(partnershipId, assessmentId)}/criteria/${encodeURIComponent(criterionId)}`;
}

export function checkAnswersPath(partnershipId: string, assessmentId: string): string {
  return `${assessmentBase(partnershipId, assessmentId)}/check-answers`;
}

export function moderationPath(partnershipId: string, assessmentId: string): string {
  return `${assessmentBase(partnershipId, assessmentId)}/moderate`;
}
