// The moderation page's two decisions, with one error summary for both: validate, with any
// moderated scores and their reasons; or return for revision, with comments.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { ErrorSummary, PageTitle, Textarea } from '../govuk';
import type { Assessment, Framework } from './assessment.query';
import { taskListPath } from './assessment-paths';
import {
  RETURN_ASSESSMENT_MUTATION,
  VALIDATE_ASSESSMENT_MUTATION,
  type ReturnAssessmentData,
  type ReturnAssessmentInput,
  type ValidateAssessmentData,
  type ValidateAssessmentInput,
} from './assessment.mutations';
import type { OutcomeState } from './assessment-outcome';
import { CommandIds } from './command-ids';
import { assessedCriteria, hallmarkSections } from './framework-reading';
import { problemsFromGraphQLErrors, summaryItems, UNEXPECTED_PROBLEM } from './form-problems';
import { ModeratedCriterion } from './moderated-criterion';
import {
  checkModeration,
  moderatedScoresToSend,
  moderationFieldId,
  moderationFieldOrder,
  validationErrorWording,
  type ModerationField,
  type ModerationValues,
} from './moderation-answers';
import { checkReturn, RETURN_ERROR_WORDING, RETURN_FIELD_ID, type ReturnField } from './return-answers';
import { sendCommand } from './send-command';
import { useFormProblems } from './use-form-problems';

type Field = ModerationField | ReturnField;

const NO_MODERATION = { score: '', reason: '' };

interface ModerationFormsProps {
  readonly title: string;
  readonly assessment: Assessment;
  readonly framework: Framework;
}

export function ModerationForms({ title, assessment, framework }: ModerationFormsProps) {
  const { token } = useAuth();
  const navigate = useNavigate();
  const [values, setValues] = useState<ModerationValues>({});
  const [comments, setComments] = useState('');
  const [validateIds] = useState(() => new CommandIds());
  const [returnIds] = useState(() => new CommandIds());
  const [sending, setSending] = useState(false);
  const { problems, show } = useFormProblems<Field>();
  const criteria = assessedCriteria(framework, assessment);
  const errors = problems?.fieldErrors ?? {};

  const done = (state: OutcomeState) => void navigate(taskListPath(assessment.partnershipId), { state });

  const onValidate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const missing = checkModeration(values, criteria, framework);
    if (missing) {
      show(missing);
      return;
    }
    const moderatedScores = moderatedScoresToSend(values, criteria);
    setSending(true);
    const result = await sendCommand<ValidateAssessmentData, ValidateAssessmentInput>(
      VALIDATE_ASSESSMENT_MUTATION,
      (commandId) => ({ assessmentId: assessment.id, moderatedScores, commandId }),
      validateIds,
      token,
    );
    setSending(false);
    if (result.outcome === 'done') {
      done({ outcome: { kind: 'validated', period: assessment.period, moderated: moderatedScores.length } });
    } else if (result.outcome === 'refused') {
      show(problemsFromGraphQLErrors(result.errors, validationErrorWording(moderatedScores)));
    } else {
      show({ fieldErrors: {}, general: [UNEXPECTED_PROBLEM] });
    }
  };

  const onReturn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const missing = checkReturn(comments);
    if (missing) {
      show(missing);
      return;
    }
    setSending(true);
    const result = await sendCommand<ReturnAssessmentData, ReturnAssessmentInput>(
      RETURN_ASSESSMENT_MUTATION,
      (commandId) => ({ assessmentId: assessment.id, comments: comments.trim(), commandId }),
      returnIds,
      token,
    );
    setSending(false);
    if (result.outcome === 'done') {
      done({ outcome: { kind: 'returned', period: assessment.period } });
    } else if (result.outcome === 'refused') {
      show(problemsFromGraphQLErrors(result.errors, RETURN_ERROR_WORDING));
    } else {
      show({ fieldErrors: {}, general: [UNEXPECTED_PROBLEM] });
    }
  };

  const fieldOrder: readonly Field[] = [...moderationFieldOrder(criteria), 'comments'];
  const fieldId = (field: Field) => (field === 'comments' ? RETURN_FIELD_ID : moderationFieldId(field));

  return (
    <>
      <PageTitle title={title} hasErrors={problems !== null} />
      {problems && <ErrorSummary key={problems.attempt} items={summaryItems(problems, fieldOrder, fieldId)} />}
      <span className="govuk-caption-l">Self-assessment {assessment.period}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        Check each self-score. Where you see a criterion differently, choose a moderated score and say why: the
        partnership’s own score is kept beside yours. Then validate the assessment, or return it to the partnership with
        comments.
      </p>

      <form onSubmit={(event) => void onValidate(event)} noValidate>
        {hallmarkSections(framework, assessment).map((section) => (
          <section key={section.hallmark.id} aria-labelledby={`moderate-${section.hallmark.id}`}>
            <h2 className="govuk-heading-m" id={`moderate-${section.hallmark.id}`}>
              {section.hallmark.number}. {section.hallmark.title}
            </h2>
            {section.criteria.map((criterion) => {
              const selfScore = assessment.scores.find((score) => score.criterionId === criterion.id);
              // A submitted assessment has every criterion scored; a gap would be the API's to explain.
              if (!selfScore) return null;
              return (
                <ModeratedCriterion
                  key={criterion.id}
                  criterion={criterion}
                  selfScore={selfScore}
                  framework={framework}
                  moderation={values[criterion.id] ?? NO_MODERATION}
                  onChange={(moderation) => setValues((current) => ({ ...current, [criterion.id]: moderation }))}
                  errors={errors}
                />
              );
            })}
          </section>
        ))}
        <h2 className="govuk-heading-m">Validate the assessment</h2>
        <p className="govuk-body">Validating closes the assessment with the scores above, moderated where you chose.</p>
        <button type="submit" className="govuk-button">
          Validate assessment
        </button>
      </form>

      <form onSubmit={(event) => void onReturn(event)} noValidate>
        <h2 className="govuk-heading-m">Or return it for revision</h2>
        <Textarea
          id={RETURN_FIELD_ID}
          name="comments"
          label="What should the partnership revise?"
          hint="The partnership sees these comments. The assessment opens again for it to re-score and submit; moderated scores chosen above are not kept."
          value={comments}
          onChange={setComments}
          error={errors.comments}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Return assessment
        </button>
      </form>
    </>
  );
}
