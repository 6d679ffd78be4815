// GOV.UK textarea with label, optional hint and error message, for answers longer than a line.
import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

interface TextareaProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string;
  readonly rows?: number;
  /** `govuk-label--s`, `--m`, …; small bold by default, like the other fields. */
  readonly labelClass?: string;
  readonly spellCheck?: boolean;
}

export function Textarea({
  id,
  name,
  label,
  value,
  onChange,
  hint,
  error,
  rows = 5,
  labelClass = 'govuk-label--s',
  spellCheck,
}: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label ${labelClass}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && errorId && <ErrorMessage id={errorId} message={error} />}
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
        spellCheck={spellCheck}
      />
    </div>
  );
}
