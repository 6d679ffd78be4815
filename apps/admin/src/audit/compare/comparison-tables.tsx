// A comparison of two assessments: the counts of gains, losses and level changes, each hallmark's
// effective average and level in both, then each hallmark's criteria with the change in score.
import { LevelTag } from '../level-tag';
import { criterionChangeTag, levelChangeTag, scoreWithLabel, signed, type ChangeTag } from './change-tags';
import type { CompareAssessmentsData } from './compare-assessments.query';

export function ComparisonTables({ data }: { readonly data: CompareAssessmentsData }) {
  const comparison = data.compareAssessments;
  const labels = new Map(data.framework.scale.map((step) => [step.level, step.label]));
  const { periodA, periodB } = comparison;
  const hallmarkTitle = (id: string) => data.framework.hallmarks.find((hallmark) => hallmark.id === id)?.title ?? id;

  return (
    <>
      <h2 className="govuk-heading-m" id="comparison-heading" tabIndex={-1}>
        From {periodA} to {periodB}
      </h2>
      <dl className="govuk-summary-list">
        <Count label="Criteria whose score rose" value={comparison.gains} />
        <Count label="Criteria whose score fell" value={comparison.losses} />
        <Count label="Hallmarks whose level changed" value={comparison.levelChanges} />
      </dl>
      <p className="govuk-body">
        Scores are effective scores: the coordinator’s moderated score where there is one, otherwise the partnership’s
        own.
      </p>

      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Hallmarks</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Hallmark
            </th>
            <th scope="col" className="govuk-table__header">
              {periodA}
            </th>
            <th scope="col" className="govuk-table__header">
              {periodB}
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Change in average
            </th>
            <th scope="col" className="govuk-table__header">
              Change in level
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {comparison.hallmarks.map((hallmark) => (
            <tr className="govuk-table__row" key={hallmark.hallmarkId}>
              <th scope="row" className="govuk-table__header">
                {hallmarkTitle(hallmark.hallmarkId)}
              </th>
              <td className="govuk-table__cell">
                <LevelWithAverage level={hallmark.levelBefore} average={hallmark.before} labels={labels} />
              </td>
              <td className="govuk-table__cell">
                <LevelWithAverage level={hallmark.levelAfter} average={hallmark.after} labels={labels} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {hallmark.change === null ? 'Cannot compare' : signed(hallmark.change)}
              </td>
              <td className="govuk-table__cell">
                <Tag tag={levelChangeTag(hallmark.levelBefore, hallmark.levelAfter)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {data.framework.hallmarks.map((hallmark) => {
        const criteria = comparison.criteria.filter((criterion) => criterion.hallmarkId === hallmark.id);
        if (criteria.length === 0) return null;
        return (
          <table className="govuk-table" key={hallmark.id}>
            <caption className="govuk-table__caption govuk-table__caption--s">
              {hallmark.number}. {hallmark.title}: criteria
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header govuk-!-width-one-half">
                  Criterion
                </th>
                <th scope="col" className="govuk-table__header">
                  {periodA}
                </th>
                <th scope="col" className="govuk-table__header">
                  {periodB}
                </th>
                <th scope="col" className="govuk-table__header">
                  Change
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {criteria.map((criterion) => {
                const framed = hallmark.criteria.find((candidate) => candidate.id === criterion.criterionId);
                return (
                  <tr className="govuk-table__row" key={criterion.criterionId}>
                    <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                      {framed ? `${hallmark.number}.${framed.number} ${framed.text}` : criterion.criterionId}
                    </th>
                    <td className="govuk-table__cell">{scoreWithLabel(criterion.before, labels)}</td>
                    <td className="govuk-table__cell">{scoreWithLabel(criterion.after, labels)}</td>
                    <td className="govuk-table__cell">
                      <Tag tag={criterionChangeTag(criterion.before, criterion.after)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </>
  );
}

function Count({ label, value }: { readonly label: string; readonly value: number }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  );
}

function Tag({ tag }: { readonly tag: ChangeTag }) {
  return <strong className={`govuk-tag app-audit-tag-nowrap ${tag.colour}`}>{tag.text}</strong>;
}

function LevelWithAverage({
  level,
  average,
  labels,
}: {
  readonly level: number | null;
  readonly average: number | null;
  readonly labels: ReadonlyMap<number, string>;
}) {
  if (level === null) return <>Not scored</>;
  return (
    <>
      <LevelTag level={level} label={labels.get(level)} />
      {average !== null && (
        <>
          <br />
          Average {average}
        </>
      )}
    </>
  );
}
