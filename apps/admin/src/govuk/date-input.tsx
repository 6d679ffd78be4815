// GOV.UK date input: day, month and year in one fieldset, with an optional hint and error.
import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

interface DateInputProps {
  readonly id: string;
  readonly legend: string;
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
  readonly hint?: string;
  readonly error?: string;
  /** The part at fault, highlighted alone; all three when absent. */
  readonly errorPart?: keyof DateParts;
}

const PARTS: readonly { readonly key: keyof DateParts; readonly label: string; readonly width: string }[] = [
  { key: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { key: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { key: 'year', label: 'Year', width: 'govuk-input--width-4' },
];

export function DateInput({ id, legend, value, onChange, hint, error, errorPart }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && errorId && <ErrorMessage id={errorId} message={error} />}
        <div className="govuk-date-input" id={id}>
          {PARTS.map((part) => {
            const partId = `${id}-${part.key}`;
            const invalid = Boolean(error) && (errorPart === undefined || errorPart === part.key);
            return (
              <div className="govuk-date-input__item" key={part.key}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
                    {part.label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input ${part.width}${invalid ? ' govuk-input--error' : ''}`}
                    id={partId}
                    name={partId}
                    type="text"
                    inputMode="numeric"
                    value={value[part.key]}
                    onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
