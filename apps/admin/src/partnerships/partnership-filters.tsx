// The region and type filters above the partnerships list. They apply on the button, not on
// change: changing the page as a select moves would surprise keyboard and screen reader users
// (WCAG 3.2.2, On Input).
import { useState, type FormEvent } from 'react';
import { Select, type SelectOption } from '../govuk';
import type { Region } from '../regions';
import type { PartnershipListFilters } from './partnership-list-location';
import { isPartnershipType, PARTNERSHIP_TYPES, PARTNERSHIP_TYPE_DESCRIPTIONS } from './partnership-type';

interface PartnershipFiltersProps {
  readonly filters: PartnershipListFilters;
  readonly regions: readonly Region[];
  readonly onApply: (filters: PartnershipListFilters) => void;
}

const TYPE_OPTIONS: readonly SelectOption[] = [
  { value: '', text: 'All types' },
  ...PARTNERSHIP_TYPES.map((type) => ({
    value: type,
    text: `${type} (${PARTNERSHIP_TYPE_DESCRIPTIONS[type].country})`,
  })),
];

export function PartnershipFilters({ filters, regions, onApply }: PartnershipFiltersProps) {
  const [region, setRegion] = useState(filters.region ?? '');
  const [type, setType] = useState<string>(filters.type ?? '');

  // Back and Forward change the URL under the form: show what it now says. Adjusting state while
  // rendering, rather than remounting the form, keeps focus on the button that applied them.
  const [shown, setShown] = useState(filters);
  if (shown.region !== filters.region || shown.type !== filters.type) {
    setShown(filters);
    setRegion(filters.region ?? '');
    setType(filters.type ?? '');
  }

  const regionOptions: readonly SelectOption[] = [
    { value: '', text: 'All regions' },
    ...regions.map((candidate) => ({ value: candidate.code, text: candidate.name })),
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ region: region || null, type: isPartnershipType(type) ? type : null });
  };

  return (
    <form onSubmit={onSubmit} aria-label="Filter partnerships">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="filter-region"
            name="region"
            label="Region"
            options={regionOptions}
            value={region}
            onChange={setRegion}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select id="filter-type" name="type" label="Type" options={TYPE_OPTIONS} value={type} onChange={setType} />
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Apply filters
      </button>
    </form>
  );
}
