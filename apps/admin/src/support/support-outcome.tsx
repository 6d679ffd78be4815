// Whether the scores moved after the support: per hallmark the offer serves, its average level in
// the baseline and the later validated assessment, and the movement as a tag.
import { dayOf } from './evidence';
import { outcomeBasis } from './outcome-assessments';
import type { RecordedOutcome } from './support-case';
import { hallmarkTitle, type HallmarkTitle } from './support-offers';
import { levelWording, MOVEMENT_TAGS } from './support-wording';
import { Tag } from './tag';

interface SupportOutcomeProps {
  readonly outcome: RecordedOutcome;
  readonly hallmarks: readonly HallmarkTitle[];
}

export function SupportOutcome({ outcome, hallmarks }: SupportOutcomeProps) {
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Outcome</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Hallmark
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Before
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              After
            </th>
            <th scope="col" className="govuk-table__header">
              Movement
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {outcome.hallmarks.map((movement) => (
            <tr className="govuk-table__row" key={movement.hallmarkId}>
              <th scope="row" className="govuk-table__header">
                {hallmarkTitle(hallmarks, movement.hallmarkId)}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{levelWording(movement.before)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{levelWording(movement.after)}</td>
              <td className="govuk-table__cell">
                <Tag wording={MOVEMENT_TAGS[movement.movement]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        {outcomeBasis(outcome)} Recorded by {outcome.actor} on {dayOf(outcome.occurredAt)}.
      </p>
      <h3 className="govuk-heading-s">What the partnership made of it</h3>
      <p className="govuk-body">{outcome.notes}</p>
    </>
  );
}
