// GOV.UK radios in a fieldset. The first radio's id is the group's id, so an error summary
// link to the group lands on a real input, as GOV.UK Frontend's own macro arranges.
import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

export interface RadioItem {
  readonly value: string;
  readonly text: string;
  readonly hint?: string;
}

interface RadiosProps {
  /** Id of the first radio; the others get `-2`, `-3`, … */
  readonly idPrefix: string;
  readonly name: string;
  readonly legend: string;
  /** `govuk-fieldset__legend--s`, `--m`, …; the legend is the question. */
  readonly legendClass?: string;
  readonly items: readonly RadioItem[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly error?: string;
}

export function Radios({
  idPrefix,
  name,
  legend,
  legendClass = 'govuk-fieldset__legend--s',
  items,
  value,
  onChange,
  hint,
  error,
}: RadiosProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && errorId && <ErrorMessage id={errorId} message={error} />}
        <div className="govuk-radios">
          {items.map((item, index) => {
            const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  onChange={() => onChange(item.value)}
                  aria-describedby={itemHintId}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {item.text}
                </label>
                {item.hint && (
                  <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
