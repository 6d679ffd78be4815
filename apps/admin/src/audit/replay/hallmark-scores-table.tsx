// One assessment's scores per hallmark as the replay found them: the partnership's own average,
// the effective average (moderated where the coordinator moderated) and the level it rounds to.
import { LevelTag } from '../level-tag';
import type { FrameworkLabels, ReplayedScores } from './partnership-as-of.query';

interface HallmarkScoresTableProps {
  readonly caption: string;
  readonly scores: ReplayedScores;
  readonly framework: FrameworkLabels | null;
}

export function HallmarkScoresTable({ caption, scores, framework }: HallmarkScoresTableProps) {
  const title = (hallmarkId: string) => framework?.hallmarks.find((hallmark) => hallmark.id === hallmarkId)?.title;
  const label = (level: number | null) => framework?.scale.find((step) => step.level === level)?.label;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Hallmark
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Self-assessed average
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Effective average
          </th>
          <th scope="col" className="govuk-table__header">
            Level
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {scores.hallmarks.map((hallmark) => (
          <tr className="govuk-table__row" key={hallmark.hallmarkId}>
            <th scope="row" className="govuk-table__header">
              {title(hallmark.hallmarkId) ?? hallmark.hallmarkId}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{hallmark.selfAverage ?? 'Not scored'}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{hallmark.average ?? 'Not scored'}</td>
            <td className="govuk-table__cell">
              <LevelTag level={hallmark.level} label={label(hallmark.level)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
