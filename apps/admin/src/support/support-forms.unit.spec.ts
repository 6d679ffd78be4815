import { checkDecision, toDecideInput } from './decide-support-form';
import {
  checkPartnershipDecision,
  decisionFields,
  EMPTY_DECISION_VALUES,
  toPartnershipDecisionInput,
} from './partnership-decision-form';
import { checkRaise, toRaiseInput } from './raise-support-form';
import { checkDelivery, deliveryDatePart, toDeliveryInput } from './record-delivery-form';
import { checkOutcome } from './record-outcome-form';
import type { SupportOffer } from './support-offers';

const OFFERS: SupportOffer[] = [
  {
    id: 'mentoring',
    title: 'Mentoring',
    scope: 'PLACE_BASED',
    form: 'MENTORING',
    provider: 'GOVERNMENT_OFFICE',
    hallmarkIds: [],
  },
  {
    id: 'induction-information',
    title: 'Induction information for new partners',
    scope: 'UNIVERSAL',
    form: 'INFORMATION',
    provider: 'HOME_OFFICE',
    hallmarkIds: [],
  },
];

describe('the checks each support form makes before sending', () => {
  it('asks for an offer, and for the need when the support is place-based', () => {
    expect(checkRaise({ offerId: '', need: 'x' }, OFFERS)?.fieldErrors).toEqual({ offerId: 'Select the support' });
    expect(checkRaise({ offerId: 'mentoring', need: ' ' }, OFFERS)?.fieldErrors).toEqual({
      need: 'Say what the partnership needs: ‘Mentoring’ is place-based support',
    });
    expect(checkRaise({ offerId: 'induction-information', need: '' }, OFFERS)).toBeNull();
    expect(toRaiseInput('wales-cardiff-csp', { offerId: 'mentoring', need: 'n' }, 'c-1')).toEqual({
      partnershipId: 'wales-cardiff-csp',
      offerId: 'mentoring',
      need: 'n',
      commandId: 'c-1',
    });
  });

  it('asks for the decision and its rationale, and sends the evidence chosen', () => {
    expect(checkDecision({ decision: '', rationale: ' ', evidence: [] })?.fieldErrors).toEqual({
      decision: 'Select whether to approve, decline or defer the support',
      rationale: 'Give the rationale for the decision',
    });
    const values = { decision: 'APPROVED', rationale: 'The gap is clear', evidence: ['e-1'] };
    expect(checkDecision(values)).toBeNull();
    expect(toDecideInput('case-1', values, 'c-1')).toEqual({
      caseId: 'case-1',
      decision: 'APPROVED',
      rationale: 'The gap is clear',
      evidence: ['e-1'],
      commandId: 'c-1',
    });
  });

  it('asks for a real delivery date, highlighting the part missing', () => {
    const missingMonth = { deliveredOn: { day: '3', month: '', year: '2011' }, notes: '' };
    expect(checkDelivery(missingMonth)?.fieldErrors.deliveredOn).toContain('must include a month');
    expect(deliveryDatePart(missingMonth)).toBe('month');
    const values = { deliveredOn: { day: '3', month: '5', year: '2011' }, notes: 'Two days' };
    expect(checkDelivery(values)).toBeNull();
    expect(toDeliveryInput('case-1', values, 'c-1')).toEqual({
      caseId: 'case-1',
      deliveredOn: '2011-05-03',
      notes: 'Two days',
      commandId: 'c-1',
    });
  });

  it('asks for the assessment and the notes of an outcome', () => {
    expect(Object.keys(checkOutcome({ assessmentId: '', notes: '' })?.fieldErrors ?? {})).toEqual([
      'assessmentId',
      'notes',
    ]);
  });

  it('asks a decision about the partnership for its rationale, and for the concern or resolution where there is one', () => {
    expect(decisionFields('designate')).toEqual(['rationale', 'evidence']);
    expect(decisionFields('escalate')).toEqual(['concern', 'rationale', 'evidence']);
    expect(decisionFields('resolve')).toEqual(['resolution', 'rationale', 'evidence']);
    expect(checkPartnershipDecision('escalate', EMPTY_DECISION_VALUES)?.fieldErrors).toEqual({
      concern: 'Describe the concern to escalate',
      rationale: 'Give the rationale for the decision',
    });
    expect(
      checkPartnershipDecision('lift', { ...EMPTY_DECISION_VALUES, concern: 'ignored', rationale: 'r' }),
    ).toBeNull();
  });

  it('sends only the fields each mutation takes', () => {
    const values = { concern: 'c', resolution: 'r', rationale: 'why', evidence: ['e-1'] };
    expect(toPartnershipDecisionInput('designate', 'p', values, 'c-1')).toEqual({
      partnershipId: 'p',
      rationale: 'why',
      evidence: ['e-1'],
      commandId: 'c-1',
    });
    expect(toPartnershipDecisionInput('resolve', 'p', values, 'c-1')).toEqual({
      partnershipId: 'p',
      rationale: 'why',
      evidence: ['e-1'],
      commandId: 'c-1',
      resolution: 'r',
    });
  });
});
