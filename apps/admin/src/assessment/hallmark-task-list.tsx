// One hallmark of the task list: its status, then each criterion with its status, linking to
// its question. Criteria that do not apply to the partnership are listed without a link, so
// the count of criteria adds up.
import { Link } from 'react-router';
import type { Assessment, Framework } from './assessment.query';
import { criterionPath } from './assessment-paths';
import { levelName, type HallmarkSection } from './framework-reading';
import { TaskStatusText } from './status-tags';
import { criterionStatus, groupStatus, isScored } from './task-status';

interface HallmarkTaskListProps {
  readonly section: HallmarkSection;
  readonly assessment: Assessment;
  readonly framework: Framework;
}

export function HallmarkTaskList({ section, assessment, framework }: HallmarkTaskListProps) {
  const ids = section.criteria.map((criterion) => criterion.id);
  const scored = ids.filter((id) => isScored(assessment, id)).length;
  const headingId = `hallmark-${section.hallmark.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2" id={headingId}>
        {section.hallmark.number}. {section.hallmark.title}
      </h2>
      <p className="govuk-body">
        <TaskStatusText status={groupStatus(assessment, ids)} asTag /> {scored} of {ids.length} criteria scored
      </p>
      <ul className="govuk-task-list">
        {section.criteria.map((criterion) => {
          const slug = criterion.id.replace(/\./g, '-');
          const hint = scoreHint(assessment, framework, criterion.id);
          return (
            <li className="govuk-task-list__item govuk-task-list__item--with-link" key={criterion.id}>
              <div className="govuk-task-list__name-and-hint">
                <Link
                  className="govuk-link govuk-task-list__link"
                  to={criterionPath(assessment.partnershipId, assessment.id, criterion.id)}
                  aria-describedby={hint ? `${slug}-hint ${slug}-status` : `${slug}-status`}
                >
                  {criterion.code} {criterion.sentence}
                </Link>
                {hint && (
                  <div id={`${slug}-hint`} className="govuk-task-list__hint">
                    {hint}
                  </div>
                )}
              </div>
              <div className="govuk-task-list__status" id={`${slug}-status`}>
                <TaskStatusText status={criterionStatus(assessment, criterion.id)} />
              </div>
            </li>
          );
        })}
        {section.notApplicable.map((criterion) => (
          <li className="govuk-task-list__item" key={criterion.id}>
            <div className="govuk-task-list__name-and-hint">
              <div>
                {criterion.code} {criterion.sentence}
              </div>
            </div>
            <div className="govuk-task-list__status govuk-task-list__status--cannot-start-yet">
              Does not apply to this partnership
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The saved level, and the coordinator's where it was moderated. */
function scoreHint(assessment: Assessment, framework: Framework, criterionId: string): string | null {
  const saved = assessment.scores.find((score) => score.criterionId === criterionId);
  if (!saved) return null;
  const moderated = assessment.moderatedScores?.find((score) => score.criterionId === criterionId);
  const self = levelName(framework.scale, saved.score);
  return moderated
    ? `Self-score ${self}, moderated to ${levelName(framework.scale, moderated.moderatedScore)}`
    : `Scored ${self}`;
}
