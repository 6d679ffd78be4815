// Which overview to show: the region (for those who may see more than one) and the date. It
// applies on the button, because it fetches a new overview and moves the page (WCAG 3.2.2).
import { useState, type FormEvent } from 'react';
import { DateInput, ErrorSummary, Select, type SelectOption } from '../govuk';
import type { Region } from '../regions';
import { asOfDateFields, readAsOfDate, type AsOfDateFields } from './as-of-date';

export interface OverviewView {
  /** A region code; null for the whole of England and Wales. */
  readonly region: string | null;
  /** YYYY-MM-DD; null for now. */
  readonly asOf: string | null;
}

interface OverviewViewFormProps {
  readonly view: OverviewView;
  /** The regions to choose from, or null when the viewer sees their own region only. */
  readonly regions: readonly Region[] | null;
  readonly onApply: (view: OverviewView) => void;
  /** What the form says, for another view of a region than the overview (the support pipeline). */
  readonly wording?: ViewFormWording;
}

export interface ViewFormWording {
  readonly form: string;
  readonly submit: string;
  /** The choice meaning every region; null when a region must be chosen. */
  readonly everyRegion: string | null;
  readonly dateHint: string;
}

const OVERVIEW_WORDING: ViewFormWording = {
  form: 'Choose the overview',
  submit: 'Show overview',
  everyRegion: 'England and Wales',
  dateHint:
    'Shows the partnerships as they stood at the end of this day. Leave empty for today. For example, 31 3 2010',
};

const DATE_ID = 'as-of';

export function OverviewViewForm({ view, regions, onApply, wording = OVERVIEW_WORDING }: OverviewViewFormProps) {
  const [region, setRegion] = useState(view.region ?? '');
  const [date, setDate] = useState<AsOfDateFields>(asOfDateFields(view.asOf));
  const [problem, setProblem] = useState<{ attempt: number; message: string; field: keyof AsOfDateFields } | null>(
    null,
  );

  // Back and Forward change the URL under the form: show what it now says.
  const [shown, setShown] = useState(view);
  if (shown.region !== view.region || shown.asOf !== view.asOf) {
    setShown(view);
    setRegion(view.region ?? '');
    setDate(asOfDateFields(view.asOf));
    setProblem(null);
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reading = readAsOfDate(date);
    if (!reading.ok) {
      setProblem({ attempt: (problem?.attempt ?? 0) + 1, message: reading.message, field: reading.field });
      return;
    }
    setProblem(null);
    onApply({ region: regions ? region || null : view.region, asOf: reading.date });
  };

  const regionOptions: readonly SelectOption[] = [
    { value: '', text: wording.everyRegion ?? 'Choose a region' },
    ...(regions ?? []).map((candidate) => ({ value: candidate.code, text: candidate.name })),
  ];

  return (
    <>
      {problem && (
        <ErrorSummary
          key={problem.attempt}
          items={[{ message: problem.message, targetId: `${DATE_ID}-${problem.field}` }]}
        />
      )}
      <form onSubmit={onSubmit} aria-label={wording.form} noValidate>
        <div className="govuk-grid-row">
          {regions && (
            <div className="govuk-grid-column-one-third">
              <Select
                id="overview-region"
                name="region"
                label="Region"
                options={regionOptions}
                value={region}
                onChange={setRegion}
              />
            </div>
          )}
          <div className="govuk-grid-column-two-thirds">
            <DateInput
              id={DATE_ID}
              legend="As of"
              hint={wording.dateHint}
              value={date}
              onChange={setDate}
              error={problem?.message}
              errorPart={problem?.field}
            />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          {wording.submit}
        </button>
      </form>
    </>
  );
}
