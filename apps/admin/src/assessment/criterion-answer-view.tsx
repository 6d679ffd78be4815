// A criterion's answer for those who may read but not change it: the coordinator, an auditor,
// or anyone once the assessment is submitted or validated.
import { Link } from 'react-router';
import { PageTitle } from '../govuk';
import type { Assessment, Framework } from './assessment.query';
import { criterionPath, taskListPath } from './assessment-paths';
import { CriterionHeading } from './criterion-heading';
import { levelName, type AssessedCriterion } from './framework-reading';

interface CriterionAnswerViewProps {
  readonly assessment: Assessment;
  readonly framework: Framework;
  readonly criterion: AssessedCriterion;
  readonly next: AssessedCriterion | null;
  readonly position: number;
  readonly total: number;
}

const WHY_FIXED: Partial<Record<Assessment['status'], string>> = {
  SUBMITTED: 'The assessment has been submitted: its scores cannot change unless it is returned for revision.',
  VALIDATED: 'The assessment has been validated and is closed: its scores are final.',
};

export function CriterionAnswerView({
  assessment,
  framework,
  criterion,
  next,
  position,
  total,
}: CriterionAnswerViewProps) {
  const saved = assessment.scores.find((score) => score.criterionId === criterion.id);
  const moderated = assessment.moderatedScores?.find((score) => score.criterionId === criterion.id);
  const rows: { readonly key: string; readonly value: string | readonly string[] }[] = saved
    ? [
        { key: 'Self-score', value: levelName(framework.scale, saved.score) },
        ...(moderated
          ? [
              { key: 'Moderated score', value: levelName(framework.scale, moderated.moderatedScore) },
              { key: 'Reason for moderation', value: moderated.reason },
            ]
          : []),
        { key: 'Evidence', value: saved.evidence ?? 'None given' },
        { key: 'Links to evidence', value: saved.evidenceLinks.length > 0 ? saved.evidenceLinks : 'None given' },
        { key: 'Why this level', value: saved.rationale },
      ]
    : [];
  const why = WHY_FIXED[assessment.status];

  return (
    <>
      <PageTitle title={`Criterion ${criterion.code}`} />
      <CriterionHeading criterion={criterion} position={position} total={total} />
      {why && <div className="govuk-inset-text">{why}</div>}
      {saved ? (
        <dl className="govuk-summary-list">
          {rows.map((row) => (
            <div className="govuk-summary-list__row" key={row.key}>
              <dt className="govuk-summary-list__key">{row.key}</dt>
              <dd className="govuk-summary-list__value app-preserve-lines">
                {typeof row.value === 'string' ? (
                  row.value
                ) : (
                  <ul className="govuk-list">
                    {row.value.map((link) => (
                      <li key={link}>
                        <a className="govuk-link" href={link} rel="noreferrer noopener">
                          {link}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="govuk-body">This criterion has not been scored.</p>
      )}
      <ul className="govuk-list">
        {next && (
          <li>
            <Link className="govuk-link" to={criterionPath(assessment.partnershipId, assessment.id, next.id)}>
              Next criterion: {next.code}
            </Link>
          </li>
        )}
        <li>
          <Link className="govuk-link" to={taskListPath(assessment.partnershipId)}>
            Return to the task list
          </Link>
        </li>
      </ul>
    </>
  );
}
