// One stage of the pipeline: its heading with the count, and its cases as a GOV.UK table — the
// partnership, the support and the hallmarks it serves, the dates, the rationale of the latest
// decision and, once recorded, whether each served hallmark moved, as tags with words.
import { Link } from 'react-router';
import { calendarDay, levelWords, OUTCOME_TAGS, STATUS_HEADINGS, ukDay } from './pipeline-wording';
import type { PipelineCase, PipelineStage } from './support-pipeline.query';

interface PipelineStageSectionProps {
  readonly stage: PipelineStage;
  readonly hallmarkTitles: ReadonlyMap<string, string>;
}

export function stageId(stage: PipelineStage): string {
  return `stage-${stage.status.toLowerCase()}`;
}

export function PipelineStageSection({ stage, hallmarkTitles }: PipelineStageSectionProps) {
  const heading = STATUS_HEADINGS[stage.status];
  const title = (hallmarkId: string) => hallmarkTitles.get(hallmarkId) ?? hallmarkId;
  return (
    <section aria-labelledby={stageId(stage)} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={stageId(stage)}>
        {heading} ({stage.count})
      </h2>
      {stage.count === 0 ? (
        <p className="govuk-body">No support cases.</p>
      ) : (
        <div className="app-table-scroll" role="region" aria-labelledby={stageId(stage)} tabIndex={0}>
          <table className="govuk-table govuk-table--small-text-until-tablet app-pipeline-table">
            <caption className="govuk-table__caption govuk-visually-hidden">
              {heading}: {stage.count} {stage.count === 1 ? 'support case' : 'support cases'}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Partnership
                </th>
                <th scope="col" className="govuk-table__header">
                  Support
                </th>
                <th scope="col" className="govuk-table__header">
                  Dates
                </th>
                <th scope="col" className="govuk-table__header">
                  Rationale
                </th>
                <th scope="col" className="govuk-table__header">
                  Outcome
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {stage.cases.map((supportCase) => (
                <tr className="govuk-table__row" key={supportCase.id}>
                  <th scope="row" className="govuk-table__header">
                    <Link
                      className="govuk-link"
                      to={`/partnerships/${encodeURIComponent(supportCase.partnershipId)}/timeline`}
                    >
                      {supportCase.partnershipName}
                      <span className="govuk-visually-hidden"> timeline</span>
                    </Link>
                  </th>
                  <td className="govuk-table__cell">
                    {supportCase.offer.title}
                    <br />
                    <span className="govuk-body-s">
                      Serves:{' '}
                      {supportCase.hallmarksServed.length === hallmarkTitles.size
                        ? 'partnership working as a whole (every hallmark)'
                        : supportCase.hallmarksServed.map(title).join(', ')}
                    </span>
                  </td>
                  <td className="govuk-table__cell">
                    <CaseDates supportCase={supportCase} />
                  </td>
                  <td className="govuk-table__cell">{supportCase.rationale ?? 'Not decided yet'}</td>
                  <td className="govuk-table__cell">
                    <CaseOutcome supportCase={supportCase} title={title} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function CaseDates({ supportCase }: { readonly supportCase: PipelineCase }) {
  const raised = supportCase.raisedAs === 'REQUESTED' ? 'Requested' : 'Proposed';
  return (
    <ul className="govuk-list app-pipeline-dates">
      <li>
        {raised} {ukDay(supportCase.raisedAt)}
      </li>
      {supportCase.decidedAt && <li>Decided {ukDay(supportCase.decidedAt)}</li>}
      {supportCase.deliveredOn && <li>Delivered {calendarDay(supportCase.deliveredOn)}</li>}
      {supportCase.outcomeRecordedAt && <li>Outcome recorded {ukDay(supportCase.outcomeRecordedAt)}</li>}
    </ul>
  );
}

function CaseOutcome({
  supportCase,
  title,
}: {
  readonly supportCase: PipelineCase;
  readonly title: (hallmarkId: string) => string;
}) {
  if (!supportCase.outcome) return supportCase.status === 'DELIVERED' ? 'Not recorded yet' : 'Not delivered';
  if (supportCase.outcome.hallmarks.length === 0) return 'No hallmark to read';
  return (
    <ul className="govuk-list app-pipeline-outcome">
      {supportCase.outcome.hallmarks.map((hallmark) => {
        const tag = OUTCOME_TAGS[hallmark.movement];
        return (
          <li key={hallmark.hallmarkId}>
            <strong className={`govuk-tag ${tag.colour}`}>{tag.text}</strong> {title(hallmark.hallmarkId)}{' '}
            <span className="govuk-body-s">({levelWords(hallmark.before, hallmark.after)})</span>
          </li>
        );
      })}
    </ul>
  );
}
