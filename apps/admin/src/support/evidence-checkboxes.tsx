// The evidence question of every decision form: the partnership's most recent evidence-like
// events as checkboxes, each in plain words with a link to its timeline. The link opens in a new
// tab, and says so, so that following it does not lose what has been typed into the form.
import type { QueryState } from '../graphql';
import { Checkboxes, type CheckboxItem } from '../govuk';
import { evidenceChoices, evidenceLabel, type EvidenceEntry } from './evidence';
import { timelinePath } from './support-paths';

export const EVIDENCE_FIELD_ID = 'evidence';

interface EvidenceCheckboxesProps {
  readonly partnershipId: string;
  readonly entries: QueryState<readonly EvidenceEntry[]>;
  readonly values: readonly string[];
  readonly onChange: (values: readonly string[]) => void;
  readonly error?: string;
}

const LEGEND = 'Evidence considered (optional)';
const HINT =
  'Select the recorded events of this partnership that the decision relies on, for example a validated assessment. The most recent are listed, newest first.';

export function EvidenceCheckboxes({ partnershipId, entries, values, onChange, error }: EvidenceCheckboxesProps) {
  if (entries.status !== 'loaded') {
    return (
      <div className="govuk-form-group">
        <h2 className="govuk-heading-s">{LEGEND}</h2>
        <p className="govuk-body">
          {entries.status === 'loading'
            ? 'Loading the partnership’s recent events…'
            : 'The partnership’s recent events could not be loaded, so none can be cited. Try again later.'}
        </p>
      </div>
    );
  }
  const choices = evidenceChoices(entries.data, values);
  if (choices.length === 0) {
    return (
      <div className="govuk-form-group">
        <h2 className="govuk-heading-s">{LEGEND}</h2>
        <p className="govuk-body">The partnership has no recorded events to cite yet.</p>
      </div>
    );
  }
  const items: CheckboxItem[] = choices.map((entry) => ({
    value: entry.eventId,
    text: evidenceLabel(entry),
    hint: (
      <>
        {entry.description}{' '}
        <a className="govuk-link" href={timelinePath(partnershipId)} target="_blank" rel="noreferrer">
          See the timeline (opens in new tab)
        </a>
      </>
    ),
  }));
  return (
    <Checkboxes
      idPrefix={EVIDENCE_FIELD_ID}
      name="evidence"
      legend={LEGEND}
      hint={HINT}
      items={items}
      values={values}
      onChange={onChange}
      error={error}
      small
    />
  );
}
