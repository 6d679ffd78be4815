// GOV.UK select with label, optional hint and error message.
import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

export interface SelectOption {
  readonly value: string;
  readonly text: string;
}

interface SelectProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: readonly SelectOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string;
  readonly labelClass?: string;
  readonly formGroupClass?: string;
}

export function Select({
  id,
  name,
  label,
  options,
  value,
  onChange,
  hint,
  error,
  labelClass = 'govuk-label--s',
  formGroupClass,
}: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const groupClasses = ['govuk-form-group', formGroupClass, error && 'govuk-form-group--error']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={groupClasses}>
      <label className={`govuk-label ${labelClass}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && errorId && <ErrorMessage id={errorId} message={error} />}
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
