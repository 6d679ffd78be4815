// The question page's form: the scale as radios, each level's description as its hint; the
// evidence, its links and the rationale. "Save and continue" saves and moves to the next
// criterion (the check-answers page after the last); the answer is saved on every step.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { ErrorSummary, PageTitle, Radios, Textarea, type RadioItem } from '../govuk';
import type { Assessment, Framework } from './assessment.query';
import { checkAnswersPath, criterionPath, taskListPath } from './assessment-paths';
import { SCORE_CRITERION_MUTATION, type ScoreCriterionData, type ScoreCriterionInput } from './assessment.mutations';
import { CommandIds } from './command-ids';
import {
  ANSWER_ERROR_WORDING,
  ANSWER_FIELD_IDS,
  ANSWER_FIELDS,
  answerFromSaved,
  checkAnswer,
  isUnchanged,
  toScoreInput,
  type AnswerField,
  type AnswerValues,
} from './criterion-answer';
import { CriterionHeading } from './criterion-heading';
import { levelName, type AssessedCriterion } from './framework-reading';
import { problemsFromGraphQLErrors, summaryItems, UNEXPECTED_PROBLEM } from './form-problems';
import type { SavedAnswerState } from './saved-answer';
import { sendCommand } from './send-command';
import { useFormProblems } from './use-form-problems';

interface CriterionFormProps {
  readonly assessment: Assessment;
  readonly framework: Framework;
  readonly criterion: AssessedCriterion;
  readonly next: AssessedCriterion | null;
  readonly position: number;
  readonly total: number;
  /** The assessment as the save left it, so the next page shows it without asking again. */
  readonly onSaved: (assessment: Assessment) => void;
}

type Destination = 'continue' | 'task-list';

export function CriterionForm({
  assessment,
  framework,
  criterion,
  next,
  position,
  total,
  onSaved,
}: CriterionFormProps) {
  const { token } = useAuth();
  const navigate = useNavigate();
  const saved = assessment.scores.find((score) => score.criterionId === criterion.id);
  const [values, setValues] = useState<AnswerValues>(() => answerFromSaved(saved));
  const [ids] = useState(() => new CommandIds());
  const [saving, setSaving] = useState(false);
  const { problems, show } = useFormProblems<AnswerField>();

  const set = (field: keyof AnswerValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const moveOn = (destination: Destination, level: number) => {
    const state: SavedAnswerState = { saved: { code: criterion.code, level: levelName(framework.scale, level) } };
    const to =
      destination === 'task-list'
        ? taskListPath(assessment.partnershipId)
        : next
          ? criterionPath(assessment.partnershipId, assessment.id, next.id)
          : checkAnswersPath(assessment.partnershipId, assessment.id);
    void navigate(to, { state });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const destination: Destination = submitter?.getAttribute('value') === 'task-list' ? 'task-list' : 'continue';
    const missing = checkAnswer(values);
    if (missing) {
      show(missing);
      return;
    }
    // Nothing changed: saving again would only repeat the last score in the history.
    if (isUnchanged(values, saved)) {
      moveOn(destination, Number(values.score));
      return;
    }
    setSaving(true);
    const result = await sendCommand<ScoreCriterionData, ScoreCriterionInput>(
      SCORE_CRITERION_MUTATION,
      (commandId) => toScoreInput(values, { assessmentId: assessment.id, criterionId: criterion.id, commandId }),
      ids,
      token,
    );
    setSaving(false);
    if (result.outcome === 'done') {
      onSaved(result.data.scoreCriterion);
      moveOn(destination, Number(values.score));
    } else if (result.outcome === 'refused') {
      show(problemsFromGraphQLErrors(result.errors, ANSWER_ERROR_WORDING));
    } else {
      show({ fieldErrors: {}, general: [UNEXPECTED_PROBLEM] });
    }
  };

  const levels: readonly RadioItem[] = framework.scale.map((level) => ({
    value: String(level.level),
    text: levelName(framework.scale, level.level),
    hint: level.description,
  }));
  const errors = problems?.fieldErrors ?? {};

  return (
    <>
      <PageTitle title={`Criterion ${criterion.code}`} hasErrors={problems !== null} />
      {problems && (
        <ErrorSummary
          key={problems.attempt}
          items={summaryItems(problems, ANSWER_FIELDS, (field) => ANSWER_FIELD_IDS[field])}
        />
      )}
      <CriterionHeading criterion={criterion} position={position} total={total} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Radios
          idPrefix={ANSWER_FIELD_IDS.score}
          name="score"
          legend="Which level best describes the partnership?"
          legendClass="govuk-fieldset__legend--m"
          items={levels}
          value={values.score}
          onChange={set('score')}
          error={errors.score}
        />
        <Textarea
          id={ANSWER_FIELD_IDS.evidence}
          name="evidence"
          label="Evidence (optional)"
          hint="What shows the partnership is at this level, for example board minutes, plans or performance reports"
          value={values.evidence}
          onChange={set('evidence')}
          error={errors.evidence}
        />
        <Textarea
          id={ANSWER_FIELD_IDS.evidenceLinks}
          name="evidenceLinks"
          label="Links to evidence (optional)"
          hint="Web addresses of documents that support the score, one on each line, each starting with https://"
          rows={3}
          value={values.evidenceLinks}
          onChange={set('evidenceLinks')}
          error={errors.evidenceLinks}
          spellCheck={false}
        />
        <Textarea
          id={ANSWER_FIELD_IDS.rationale}
          name="rationale"
          label="Why this level?"
          hint="Needed for every score and every change to it, so that the history explains itself"
          value={values.rationale}
          onChange={set('rationale')}
          error={errors.rationale}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" name="destination" value="continue">
            Save and continue
          </button>
          <button type="submit" className="govuk-button govuk-button--secondary" name="destination" value="task-list">
            Save and return to the task list
          </button>
        </div>
      </form>
    </>
  );
}
