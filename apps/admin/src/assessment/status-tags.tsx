// Status tags in GOV.UK's colours. In a task list "Completed" is plain text, as the GOV.UK task
// list pattern has it, so the tasks still to do stand out.
import type { AssessmentStatus } from './assessment.query';
import { ASSESSMENT_STATUS_TEXT, TASK_STATUS_TEXT, type TaskStatus } from './task-status';

const TASK_TAG_CLASS: Readonly<Record<TaskStatus, string | null>> = {
  NOT_STARTED: 'govuk-tag govuk-tag--blue',
  IN_PROGRESS: 'govuk-tag govuk-tag--light-blue',
  COMPLETED: null,
};

interface TaskStatusTextProps {
  readonly status: TaskStatus;
  /** Shows "Completed" as a green tag too, for a summary of several tasks. */
  readonly asTag?: boolean;
}

export function TaskStatusText({ status, asTag = false }: TaskStatusTextProps) {
  const tagClass = TASK_TAG_CLASS[status] ?? (asTag ? 'govuk-tag govuk-tag--green' : null);
  return tagClass ? <strong className={tagClass}>{TASK_STATUS_TEXT[status]}</strong> : TASK_STATUS_TEXT[status];
}

const ASSESSMENT_TAG_CLASS: Readonly<Record<AssessmentStatus, string>> = {
  OPEN: 'govuk-tag govuk-tag--blue',
  SUBMITTED: 'govuk-tag govuk-tag--purple',
  RETURNED: 'govuk-tag govuk-tag--orange',
  VALIDATED: 'govuk-tag govuk-tag--green',
};

export function AssessmentStatusTag({ status }: { readonly status: AssessmentStatus }) {
  return <strong className={ASSESSMENT_TAG_CLASS[status]}>{ASSESSMENT_STATUS_TEXT[status]}</strong>;
}
