// Choosing the two assessments to compare. Both lists hold every assessment of the partnership;
// choosing the same one twice is the one mistake possible, and is reported GOV.UK style.
import { useState, type FormEvent } from 'react';
import { ErrorSummary, Select } from '../../govuk';
import { choiceLabel, type AssessmentChoice } from './assessment-choices';

export interface ComparedPair {
  readonly a: string;
  readonly b: string;
}

interface CompareFormProps {
  readonly choices: readonly AssessmentChoice[];
  readonly initial: ComparedPair;
  readonly onCompare: (pair: ComparedPair) => void;
  /** Told whether the form shows an error, for the page title. */
  readonly onErrorChange: (hasError: boolean) => void;
}

const SAME_TWICE = 'Choose two different assessments';

export function CompareForm({ choices, initial, onCompare, onErrorChange }: CompareFormProps) {
  const [pair, setPair] = useState<ComparedPair>(initial);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const options = choices.map((choice) => ({ value: choice.assessmentId, text: choiceLabel(choice) }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = pair.a === pair.b ? SAME_TWICE : null;
    setError(problem);
    setAttempt((count) => count + 1);
    onErrorChange(problem !== null);
    if (!problem) onCompare(pair);
  };

  return (
    <form noValidate onSubmit={submit}>
      {error && <ErrorSummary key={attempt} items={[{ message: error, targetId: 'compare-b' }]} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Select
            id="compare-a"
            name="a"
            label="First assessment"
            hint="The one changes are measured from"
            options={options}
            value={pair.a}
            onChange={(a) => setPair((current) => ({ ...current, a }))}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Select
            id="compare-b"
            name="b"
            label="Second assessment"
            hint="The one changes are measured to"
            options={options}
            value={pair.b}
            error={error ?? undefined}
            onChange={(b) => setPair((current) => ({ ...current, b }))}
          />
        </div>
      </div>
      <button type="submit" className="govuk-button">
        Compare
      </button>
    </form>
  );
}
