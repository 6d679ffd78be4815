// The answers by hallmark and the submit button, with the error summary for what is missing.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { ErrorSummary, PageTitle, type ErrorSummaryItem } from '../govuk';
import type { Assessment, Framework } from './assessment.query';
import { criterionPath, taskListPath } from './assessment-paths';
import {
  SUBMIT_ASSESSMENT_MUTATION,
  type SubmitAssessmentData,
  type SubmitAssessmentInput,
} from './assessment.mutations';
import type { OutcomeState } from './assessment-outcome';
import { CommandIds } from './command-ids';
import { assessedCriteria, hallmarkSections, levelName } from './framework-reading';
import { problemsFromGraphQLErrors, summaryItems, UNEXPECTED_PROBLEM } from './form-problems';
import type { SavedAnswer } from './saved-answer';
import { SavedNotice } from './saved-notice';
import { sendCommand } from './send-command';
import { CHECK_ANSWERS_TITLE as TITLE, SUBMIT_ERROR_WORDING, unscoredSummaryItems } from './submit-check';
import { isOpenForScoring } from './task-status';

interface CheckAnswersFormProps {
  readonly assessment: Assessment;
  readonly framework: Framework;
  readonly maySubmit: boolean;
  readonly saved: SavedAnswer | null;
}

interface ShownSummary {
  readonly attempt: number;
  readonly items: readonly ErrorSummaryItem[];
}

export function CheckAnswersForm({ assessment, framework, maySubmit, saved }: CheckAnswersFormProps) {
  const { token } = useAuth();
  const navigate = useNavigate();
  const [summary, setSummary] = useState<ShownSummary | null>(null);
  const [ids] = useState(() => new CommandIds());
  const [submitting, setSubmitting] = useState(false);
  const submittable = maySubmit && isOpenForScoring(assessment.status);

  const show = (items: readonly ErrorSummaryItem[]) =>
    setSummary((previous) => ({ attempt: (previous?.attempt ?? 0) + 1, items }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const missing = unscoredSummaryItems(assessment, assessedCriteria(framework, assessment));
    if (missing.length > 0) {
      show(missing);
      return;
    }
    setSubmitting(true);
    const result = await sendCommand<SubmitAssessmentData, SubmitAssessmentInput>(
      SUBMIT_ASSESSMENT_MUTATION,
      (commandId) => ({ assessmentId: assessment.id, commandId }),
      ids,
      token,
    );
    setSubmitting(false);
    if (result.outcome === 'done') {
      const state: OutcomeState = { outcome: { kind: 'submitted', period: result.data.submitAssessment.period } };
      void navigate(taskListPath(assessment.partnershipId), { state });
    } else if (result.outcome === 'refused') {
      show(summaryItems(problemsFromGraphQLErrors(result.errors, SUBMIT_ERROR_WORDING), [], () => ''));
    } else {
      show([{ message: UNEXPECTED_PROBLEM }]);
    }
  };

  return (
    <>
      <PageTitle title={TITLE} hasErrors={summary !== null} />
      {summary && <ErrorSummary key={summary.attempt} items={summary.items} />}
      <SavedNotice saved={saved} />
      <span className="govuk-caption-l">Self-assessment {assessment.period}</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        {assessment.scoredCount} of {assessment.applicableCriteriaCount} criteria scored.
      </p>

      {hallmarkSections(framework, assessment).map(({ hallmark, criteria }) => (
        <section key={hallmark.id} aria-labelledby={`check-${hallmark.id}`}>
          <h2 className="govuk-heading-m" id={`check-${hallmark.id}`}>
            {hallmark.number}. {hallmark.title}
          </h2>
          <dl className="govuk-summary-list govuk-!-margin-bottom-9">
            {criteria.map((criterion) => {
              const score = assessment.scores.find((candidate) => candidate.criterionId === criterion.id);
              const to = criterionPath(assessment.partnershipId, assessment.id, criterion.id);
              return (
                <div className="govuk-summary-list__row" key={criterion.id}>
                  <dt className="govuk-summary-list__key">
                    {criterion.code} {criterion.sentence}
                  </dt>
                  <dd className="govuk-summary-list__value">
                    {score ? (
                      levelName(framework.scale, score.score)
                    ) : (
                      <strong className="govuk-tag govuk-tag--blue">Not scored yet</strong>
                    )}
                  </dd>
                  {submittable && (
                    <dd className="govuk-summary-list__actions">
                      <Link className="govuk-link" to={to}>
                        {score ? 'Change' : 'Score'}
                        <span className="govuk-visually-hidden"> criterion {criterion.code}</span>
                      </Link>
                    </dd>
                  )}
                </div>
              );
            })}
          </dl>
        </section>
      ))}

      {submittable ? (
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <h2 className="govuk-heading-m">Now submit your self-assessment</h2>
          <p className="govuk-body">
            Submitting hands it to your regional support coordinator, who will validate it or return it with comments.
            Its scores cannot change after you submit it unless it is returned to you.
          </p>
          <button type="submit" className="govuk-button">
            Submit assessment
          </button>
        </form>
      ) : (
        <div className="govuk-inset-text">
          {maySubmit
            ? 'This self-assessment has been submitted: its answers can no longer change.'
            : 'Only the national team and the partnership’s own people may submit its self-assessment.'}
        </div>
      )}
    </>
  );
}
