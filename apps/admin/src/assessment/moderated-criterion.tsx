// One criterion on the moderation page: what the partnership said, and the coordinator's
// optional moderated score, with its reason once a score is chosen.
import { Select, Textarea, type SelectOption } from '../govuk';
import type { Framework, SavedScore } from './assessment.query';
import { levelName, type AssessedCriterion } from './framework-reading';
import {
  moderationFieldId,
  moderationLevels,
  reasonField,
  scoreField,
  type Moderation,
  type ModerationField,
} from './moderation-answers';

interface ModeratedCriterionProps {
  readonly criterion: AssessedCriterion;
  readonly selfScore: SavedScore;
  readonly framework: Framework;
  readonly moderation: Moderation;
  readonly onChange: (moderation: Moderation) => void;
  readonly errors: Partial<Record<ModerationField, string>>;
}

export function ModeratedCriterion({
  criterion,
  selfScore,
  framework,
  moderation,
  onChange,
  errors,
}: ModeratedCriterionProps) {
  const options: readonly SelectOption[] = [
    { value: '', text: `Keep the self-score (${levelName(framework.scale, selfScore.score)})` },
    ...moderationLevels(framework, selfScore).map((level) => ({
      value: String(level.level),
      text: levelName(framework.scale, level.level),
    })),
  ];
  return (
    <div className="app-moderated-criterion">
      <h3 className="govuk-heading-s">
        {criterion.code} {criterion.sentence}
      </h3>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Self-score</dt>
          <dd className="govuk-summary-list__value">{levelName(framework.scale, selfScore.score)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Why</dt>
          <dd className="govuk-summary-list__value app-preserve-lines">{selfScore.rationale}</dd>
        </div>
        {selfScore.evidence && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Evidence</dt>
            <dd className="govuk-summary-list__value app-preserve-lines">{selfScore.evidence}</dd>
          </div>
        )}
      </dl>
      <Select
        id={moderationFieldId(scoreField(criterion.id))}
        name={`moderated-${criterion.id}`}
        label={`Moderated score for criterion ${criterion.code} (optional)`}
        options={options}
        value={moderation.score}
        onChange={(score) => onChange({ ...moderation, score })}
        error={errors[scoreField(criterion.id)]}
      />
      {moderation.score !== '' && (
        <Textarea
          id={moderationFieldId(reasonField(criterion.id))}
          name={`reason-${criterion.id}`}
          label={`Why is criterion ${criterion.code} moderated?`}
          hint="The partnership sees this reason beside its own score, which is kept"
          rows={3}
          value={moderation.reason}
          onChange={(reason) => onChange({ ...moderation, reason })}
          error={errors[reasonField(criterion.id)]}
        />
      )}
    </div>
  );
}
