// The current assessment on the task list: where it stands, what the signed-in person can do
// with it now, and its criteria by hallmark.
import type { ReactNode } from 'react';
import type { Assessment, Framework } from './assessment.query';
import { checkAnswersPath, criterionPath, moderationPath } from './assessment-paths';
import { ButtonLink } from './button-link';
import { assessedCriteria, hallmarkSections } from './framework-reading';
import { HallmarkTaskList } from './hallmark-task-list';
import { AssessmentStatusTag } from './status-tags';
import { firstUnscored, isOpenForScoring } from './task-status';

interface CurrentAssessmentProps {
  readonly assessment: Assessment;
  readonly framework: Framework;
  readonly selfAssessor: boolean;
  readonly moderator: boolean;
  /** Shown before the criteria, e.g. starting the next year once this one is validated. */
  readonly beforeTasks?: ReactNode;
}

export function CurrentAssessment({
  assessment,
  framework,
  selfAssessor,
  moderator,
  beforeTasks,
}: CurrentAssessmentProps) {
  const next = firstUnscored(assessment, assessedCriteria(framework, assessment));
  const scoring = selfAssessor && isOpenForScoring(assessment.status);
  return (
    <>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status</dt>
          <dd className="govuk-summary-list__value">
            <AssessmentStatusTag status={assessment.status} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Progress</dt>
          <dd className="govuk-summary-list__value">
            {assessment.scoredCount} of {assessment.applicableCriteriaCount} criteria scored
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Framework</dt>
          <dd className="govuk-summary-list__value">
            {framework.title}, version {framework.version}
          </dd>
        </div>
      </dl>

      {assessment.status === 'RETURNED' && assessment.returnComments && (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s">Returned for revision, with these comments</h2>
          <p className="govuk-body app-preserve-lines">{assessment.returnComments}</p>
        </div>
      )}
      {assessment.status === 'SUBMITTED' && selfAssessor && (
        <p className="govuk-body">
          It is with the regional support coordinator. Its scores cannot change unless it is returned for revision.
        </p>
      )}

      {assessment.status === 'VALIDATED' && (
        <p className="govuk-body">
          The regional support coordinator validated it. Where they moderated a score, both scores are shown against the
          criterion.
        </p>
      )}

      {scoring && (
        <div className="govuk-button-group">
          {next && (
            <ButtonLink to={criterionPath(assessment.partnershipId, assessment.id, next.id)}>
              Continue self-assessment
            </ButtonLink>
          )}
          <ButtonLink to={checkAnswersPath(assessment.partnershipId, assessment.id)} secondary={next !== null}>
            Check answers and submit
          </ButtonLink>
        </div>
      )}
      {assessment.status === 'SUBMITTED' && moderator && (
        <ButtonLink to={moderationPath(assessment.partnershipId, assessment.id)}>Moderate this assessment</ButtonLink>
      )}

      {beforeTasks}

      {hallmarkSections(framework, assessment).map((section) => (
        <HallmarkTaskList key={section.hallmark.id} section={section} assessment={assessment} framework={framework} />
      ))}
    </>
  );
}
