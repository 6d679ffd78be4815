// GOV.UK text input with label, optional hint and error message.
import type { InputHTMLAttributes } from 'react';
import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

interface TextInputProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string;
  /** A GOV.UK width class such as `govuk-input--width-20`; full width when absent. */
  readonly widthClass?: string;
  readonly autoComplete?: InputHTMLAttributes<HTMLInputElement>['autoComplete'];
  readonly spellCheck?: boolean;
}

export function TextInput({
  id,
  name,
  label,
  value,
  onChange,
  hint,
  error,
  widthClass,
  autoComplete,
  spellCheck,
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const inputClasses = ['govuk-input', widthClass, error && 'govuk-input--error'].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && errorId && <ErrorMessage id={errorId} message={error} />}
      <input
        className={inputClasses}
        id={id}
        name={name}
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
      />
    </div>
  );
}
