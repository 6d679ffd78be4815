// The task list page once loaded: what just happened, the current assessment's state and what
// the signed-in person can do next, then the criteria by hallmark; or starting an assessment.
import { ErrorSummary, PageTitle, SuccessBanner } from '../govuk';
import type { SessionUser } from '../auth';
import { mayModerate, maySelfAssess } from './assessment-access';
import type { TaskListData } from './assessment-loading';
import { outcomeDetail, outcomeHeading, type AssessmentOutcome } from './assessment-outcome';
import { CurrentAssessment } from './current-assessment';
import { summaryItems } from './form-problems';
import { OpenAssessmentForm } from './open-assessment-form';
import { nextPeriod, PERIOD_FIELD_ID, type OpenField } from './open-assessment-answers';
import { useFormProblems } from './use-form-problems';

interface TaskListContentProps {
  readonly data: TaskListData;
  readonly user: SessionUser;
  readonly outcome: AssessmentOutcome | null;
}

export function TaskListContent({ data, user, outcome }: TaskListContentProps) {
  const { partnership, current } = data;
  const { problems, show } = useFormProblems<OpenField>();
  const selfAssessor = maySelfAssess(user, partnership.partnershipId);
  const mayOpen = selfAssessor && (current === null || current.assessment.status === 'VALIDATED');
  const title = current ? `Self-assessment ${current.assessment.period}` : 'Self-assessment';
  const openForm = mayOpen ? (
    <OpenAssessmentForm
      partnershipId={partnership.partnershipId}
      suggestedPeriod={current ? (nextPeriod(current.assessment.period) ?? '') : ''}
      problems={problems}
      onProblems={show}
    />
  ) : null;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={title} hasErrors={problems !== null} />
        {problems && (
          <ErrorSummary key={problems.attempt} items={summaryItems(problems, ['period'], () => PERIOD_FIELD_ID)} />
        )}
        {outcome && !problems && (
          <SuccessBanner heading={outcomeHeading(outcome)}>
            <p className="govuk-body">{outcomeDetail(outcome)}</p>
          </SuccessBanner>
        )}
        <span className="govuk-caption-l">{partnership.name}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {current ? (
          <CurrentAssessment
            assessment={current.assessment}
            framework={current.framework}
            selfAssessor={selfAssessor}
            moderator={mayModerate(user, partnership.region)}
            beforeTasks={openForm}
          />
        ) : (
          <>
            <p className="govuk-body">{partnership.name} has not started a self-assessment yet.</p>
            {openForm}
          </>
        )}
      </div>
    </div>
  );
}
