// Check your answers, then submit: every criterion by hallmark with its saved level and a link
// to change it. Submitting with criteria still to score lists each of them in the error
// summary, linking to its question; nothing is sent until all are scored.
import { useLocation, useParams } from 'react-router';
import { BackLink } from '../govuk';
import { maySelfAssess } from './assessment-access';
import { taskListPath } from './assessment-paths';
import { CheckAnswersForm } from './check-answers-form';
import { readSavedAnswer } from './saved-answer';
import { CHECK_ANSWERS_TITLE } from './submit-check';
import { WithAssessment } from './with-assessment';

export function CheckAnswersPage() {
  const { partnershipId = '', assessmentId = '' } = useParams();
  const location = useLocation();
  return (
    <WithAssessment
      partnershipId={partnershipId}
      assessmentId={assessmentId}
      title={CHECK_ANSWERS_TITLE}
      focusKey={assessmentId}
    >
      {({ assessment, framework, user }) => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <BackLink to={taskListPath(partnershipId)} text="Back to the task list" />
            <CheckAnswersForm
              assessment={assessment}
              framework={framework}
              maySubmit={maySelfAssess(user, partnershipId)}
              saved={readSavedAnswer(location.state)}
            />
          </div>
        </div>
      )}
    </WithAssessment>
  );
}
