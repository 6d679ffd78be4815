// What is known of one support case, as a GOV.UK summary list: the offer and the hallmarks it
// serves, who raised it and why, each decision with its rationale and evidence, and the delivery.
import type { ReactNode } from 'react';
import type { QueryState } from '../graphql';
import { calendarDay, dayOf, type EvidenceEntry } from './evidence';
import { EvidenceList } from './evidence-list';
import { latestDecision, type SupportCaseRecord } from './support-case';
import { findOffer, offerDescription, type HallmarkTitle, type SupportOffer } from './support-offers';
import { CASE_STATUS_TAGS, DECISION_WORDING, raisedWording } from './support-wording';
import { Tag } from './tag';

interface SupportCaseDetailsProps {
  readonly partnershipId: string;
  readonly supportCase: SupportCaseRecord;
  readonly offers: readonly SupportOffer[];
  readonly hallmarks: readonly HallmarkTitle[];
  readonly evidence: QueryState<readonly EvidenceEntry[]>;
}

export function SupportCaseDetails({
  partnershipId,
  supportCase,
  offers,
  hallmarks,
  evidence,
}: SupportCaseDetailsProps) {
  const offer = findOffer(offers, supportCase.offerId);
  const decision = latestDecision(supportCase);
  const earlier = supportCase.decisions.slice(0, -1);
  return (
    <dl className="govuk-summary-list">
      <Row label="Status">
        <Tag wording={CASE_STATUS_TAGS[supportCase.status]} />
      </Row>
      <Row label="Support">{offer ? offerDescription(offer, hallmarks) : supportCase.offerId}</Row>
      <Row label="Raised">
        {raisedWording(supportCase.raised.how, supportCase.raised.actor)} on {dayOf(supportCase.raised.occurredAt)}
      </Row>
      <Row label="Need">{supportCase.need.trim() === '' ? 'Not stated' : supportCase.need}</Row>
      {decision && (
        <>
          <Row label="Decision">
            {DECISION_WORDING[decision.decision].past} by {decision.actor} on {dayOf(decision.occurredAt)}
          </Row>
          <Row label="Rationale">{decision.rationale}</Row>
          <Row label="Evidence considered">
            <EvidenceList partnershipId={partnershipId} eventIds={decision.evidence} entries={evidence} />
          </Row>
        </>
      )}
      {earlier.length > 0 && (
        <Row label="Earlier decisions">
          <ul className="govuk-list">
            {earlier.map((previous) => (
              <li key={previous.occurredAt}>
                {DECISION_WORDING[previous.decision].past} by {previous.actor} on {dayOf(previous.occurredAt)}:{' '}
                {previous.rationale}
              </li>
            ))}
          </ul>
        </Row>
      )}
      {supportCase.delivery && (
        <>
          <Row label="Delivered">
            On {calendarDay(supportCase.delivery.deliveredOn)}, recorded by {supportCase.delivery.actor}
          </Row>
          <Row label="Delivery notes">
            {supportCase.delivery.notes.trim() === '' ? 'None' : supportCase.delivery.notes}
          </Row>
        </>
      )}
    </dl>
  );
}

function Row({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
