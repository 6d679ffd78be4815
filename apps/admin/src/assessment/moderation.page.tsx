// Moderation: the region's coordinator (or the national team) checks a submitted
// self-assessment, moderating any score they see differently, then validates it or returns it.
import { useParams } from 'react-router';
import { BackLink, PageTitle } from '../govuk';
import { mayModerate } from './assessment-access';
import { taskListPath } from './assessment-paths';
import { ModerationForms } from './moderation-forms';
import { ASSESSMENT_STATUS_TEXT } from './task-status';
import { WithAssessment } from './with-assessment';

const TITLE = 'Moderate the self-assessment';

export function ModerationPage() {
  const { partnershipId = '', assessmentId = '' } = useParams();
  return (
    <WithAssessment partnershipId={partnershipId} assessmentId={assessmentId} title={TITLE} focusKey={assessmentId}>
      {({ assessment, framework, user }) => {
        // A coordinator only reads assessments of their own region, so the region check is done.
        const refusal = !mayModerate(user, null)
          ? 'Only the coordinator of the partnership’s region and the national team may moderate its self-assessment.'
          : assessment.status !== 'SUBMITTED'
            ? `Only a submitted self-assessment can be moderated. This one is ${ASSESSMENT_STATUS_TEXT[assessment.status].toLowerCase()}.`
            : null;
        return (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <BackLink to={taskListPath(partnershipId)} text="Back to the task list" />
              {refusal ? (
                <>
                  <PageTitle title={TITLE} />
                  <span className="govuk-caption-l">Self-assessment {assessment.period}</span>
                  <h1 className="govuk-heading-l">{TITLE}</h1>
                  <p className="govuk-body">{refusal}</p>
                </>
              ) : (
                <ModerationForms title={TITLE} assessment={assessment} framework={framework} />
              )}
            </div>
          </div>
        );
      }}
    </WithAssessment>
  );
}
