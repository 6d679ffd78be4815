// GOV.UK checkboxes in a fieldset. As with the radios, the first checkbox's id is the group's id,
// so an error summary link to the group lands on a real input. An item's hint may hold more than
// text (e.g. a link to where the item can be seen).
import type { ReactNode } from 'react';
import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

export interface CheckboxItem {
  readonly value: string;
  readonly text: string;
  readonly hint?: ReactNode;
}

interface CheckboxesProps {
  /** Id of the first checkbox; the others get `-2`, `-3`, … */
  readonly idPrefix: string;
  readonly name: string;
  readonly legend: string;
  /** `govuk-fieldset__legend--s`, `--m`, …; the legend is the question. */
  readonly legendClass?: string;
  readonly items: readonly CheckboxItem[];
  readonly values: readonly string[];
  readonly onChange: (values: readonly string[]) => void;
  readonly hint?: string;
  readonly error?: string;
  /** GOV.UK's smaller checkboxes, for long lists such as filters or evidence to pick from. */
  readonly small?: boolean;
}

export function Checkboxes({
  idPrefix,
  name,
  legend,
  legendClass = 'govuk-fieldset__legend--s',
  items,
  values,
  onChange,
  hint,
  error,
  small = false,
}: CheckboxesProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  // The chosen values, in the order the items are listed.
  const toggle = (value: string, checked: boolean) =>
    onChange(
      items
        .map((item) => item.value)
        .filter((candidate) => (candidate === value ? checked : values.includes(candidate))),
    );
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
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
          {items.map((item, index) => {
            const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            return (
              <div className="govuk-checkboxes__item" key={item.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  checked={values.includes(item.value)}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                  aria-describedby={itemHintId}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {item.text}
                </label>
                {item.hint && (
                  <div id={itemHintId} className="govuk-hint govuk-checkboxes__hint">
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
