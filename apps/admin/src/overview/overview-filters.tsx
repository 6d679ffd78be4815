// Narrows the rows already on the page, as the coordinator types or ticks: nothing is fetched
// and focus stays put, so this is not a change of context (WCAG 3.2.2); the page announces how
// many rows remain.
import type { OverviewFilter } from './overview-filter';

interface OverviewFiltersProps {
  readonly filter: OverviewFilter;
  readonly onChange: (filter: OverviewFilter) => void;
}

const FLAGS: readonly { readonly key: 'overdue' | 'returned' | 'priority'; readonly label: string }[] = [
  { key: 'overdue', label: 'Overdue' },
  { key: 'returned', label: 'Returned for revision' },
  { key: 'priority', label: 'Priority' },
];

export function OverviewFilters({ filter, onChange }: OverviewFiltersProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="filter-name">
            Partnership name
          </label>
          <div className="govuk-hint" id="filter-name-hint">
            Shows only the partnerships whose name contains this
          </div>
          <input
            className="govuk-input"
            id="filter-name"
            name="name"
            type="search"
            spellCheck={false}
            aria-describedby="filter-name-hint"
            value={filter.name}
            onChange={(event) => onChange({ ...filter, name: event.target.value })}
          />
        </div>
      </div>
      <div className="govuk-grid-column-one-half">
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show only</legend>
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {FLAGS.map((flag) => (
                <div className="govuk-checkboxes__item" key={flag.key}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`filter-${flag.key}`}
                    name={flag.key}
                    type="checkbox"
                    checked={filter[flag.key]}
                    onChange={(event) => onChange({ ...filter, [flag.key]: event.target.checked })}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`filter-${flag.key}`}>
                    {flag.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      </div>
    </div>
  );
}
