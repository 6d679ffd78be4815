// The question page for one criterion. The assessment stays loaded from one criterion to the
// next: each save answers with the assessment as it now stands, which the next page shows.
import { useLocation, useParams } from 'react-router';
import { BackLink } from '../govuk';
import { maySelfAssess } from './assessment-access';
import { criterionPath, taskListPath } from './assessment-paths';
import { CriterionAnswerView } from './criterion-answer-view';
import { CriterionForm } from './criterion-form';
import { criterionInJourney } from './framework-reading';
import { readSavedAnswer } from './saved-answer';
import { SavedNotice } from './saved-notice';
import { isOpenForScoring } from './task-status';
import { WithAssessment } from './with-assessment';

export function CriterionPage() {
  const { partnershipId = '', assessmentId = '', criterionId = '' } = useParams();
  const location = useLocation();
  const saved = readSavedAnswer(location.state);

  return (
    <WithAssessment partnershipId={partnershipId} assessmentId={assessmentId} title="Criterion" focusKey={criterionId}>
      {({ assessment, framework, user, replaceAssessment }) => {
        const journey = criterionInJourney(framework, assessment, criterionId);
        if (!journey) {
          return (
            <>
              <BackLink to={taskListPath(partnershipId)} text="Back to the task list" />
              <h1 className="govuk-heading-l">Criterion not found</h1>
              <p className="govuk-body">This self-assessment has no criterion “{criterionId}”.</p>
            </>
          );
        }
        const back = journey.previous
          ? criterionPath(partnershipId, assessmentId, journey.previous.id)
          : taskListPath(partnershipId);
        const editable = maySelfAssess(user, partnershipId) && isOpenForScoring(assessment.status);
        const shown = {
          assessment,
          framework,
          criterion: journey.current,
          next: journey.next,
          position: journey.position,
          total: journey.total,
        };
        return (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <BackLink to={back} />
              <SavedNotice saved={saved} />
              {/* Keyed, so each criterion starts from its own saved answer. */}
              {editable ? (
                <CriterionForm key={criterionId} {...shown} onSaved={replaceAssessment} />
              ) : (
                <CriterionAnswerView key={criterionId} {...shown} />
              )}
            </div>
          </div>
        );
      }}
    </WithAssessment>
  );
}
