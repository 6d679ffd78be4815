import type { HistoryEvent } from './partnership-history.query';
import { latestDecision, supportCasesFrom } from './support-case';

const PARTNERSHIP = 'north_west-burnley-cdrp';
const FIRST = `${PARTNERSHIP}-b261d4e7-9c4c-4e5b-9cab-6200f2f7d6b7`;
const SECOND = `${PARTNERSHIP}-3d2076be-2cee-4b87-8ac5-789547050076`;

let position = 0;
function event(type: string, data: unknown, occurredAt: string, actor = 'nora.northwest'): HistoryEvent {
  position += 1;
  return { id: `event-${position}`, streamId: 'any', type, data, actor, occurredAt };
}

describe('a partnership’s support cases, read from its history', () => {
  it('follows a request through a deferral, an approval, the delivery and the outcome', () => {
    const [supportCase] = supportCasesFrom(
      [
        event('PartnershipRegistered', { partnershipId: PARTNERSHIP }, '2009-04-01T09:00:00Z', 'nadia.national'),
        event(
          'SupportRequested',
          { caseId: FIRST, partnershipId: PARTNERSHIP, offerId: 'mentoring', need: 'Scrutiny has not started' },
          '2009-10-26T14:49:10Z',
          'liam.lead',
        ),
        event(
          'SupportDecided',
          { caseId: FIRST, decision: 'DEFERRED', rationale: 'Wait for the validation', evidence: [] },
          '2009-11-01T09:00:00Z',
        ),
        event(
          'SupportDecided',
          { caseId: FIRST, decision: 'APPROVED', rationale: 'The validation shows the gap', evidence: ['e-1'] },
          '2009-11-12T09:30:51Z',
        ),
        event(
          'SupportDelivered',
          { caseId: FIRST, deliveredOn: '2010-02-23', notes: 'Four meetings' },
          '2010-02-23T09:55:48Z',
        ),
        event(
          'SupportOutcomeRecorded',
          {
            caseId: FIRST,
            assessmentId: `${PARTNERSHIP}-2010-11`,
            baselineAssessmentId: `${PARTNERSHIP}-2009-10`,
            hallmarks: [
              { hallmarkId: 'leadership', before: 2, after: 2.5, movement: 'IMPROVED' },
              { hallmarkId: 'skills', before: null, after: 3, movement: 'NO_BASELINE' },
            ],
            notes: 'Scrutiny now meets quarterly',
          },
          '2010-09-01T10:00:00Z',
        ),
      ],
      PARTNERSHIP,
    );

    expect(supportCase).toMatchObject({
      caseId: FIRST,
      uuid: 'b261d4e7-9c4c-4e5b-9cab-6200f2f7d6b7',
      offerId: 'mentoring',
      need: 'Scrutiny has not started',
      raised: { how: 'REQUESTED', actor: 'liam.lead', occurredAt: '2009-10-26T14:49:10Z' },
      status: 'DELIVERED',
      delivery: { deliveredOn: '2010-02-23', notes: 'Four meetings', actor: 'nora.northwest' },
      outcome: {
        assessmentId: `${PARTNERSHIP}-2010-11`,
        baselineAssessmentId: `${PARTNERSHIP}-2009-10`,
        hallmarks: [
          { hallmarkId: 'leadership', before: 2, after: 2.5, movement: 'IMPROVED' },
          { hallmarkId: 'skills', before: null, after: 3, movement: 'NO_BASELINE' },
        ],
        notes: 'Scrutiny now meets quarterly',
      },
    });
    expect(supportCase?.decisions.map((decision) => decision.decision)).toEqual(['DEFERRED', 'APPROVED']);
    expect(supportCase && latestDecision(supportCase)).toMatchObject({
      decision: 'APPROVED',
      rationale: 'The validation shows the gap',
      evidence: ['e-1'],
    });
  });

  it('lists the most recently raised first, a proposal as proposed', () => {
    const cases = supportCasesFrom(
      [
        event('SupportRequested', { caseId: FIRST, offerId: 'mentoring', need: '' }, '2009-10-26T14:49:10Z'),
        event('SupportProposed', { caseId: SECOND, offerId: 'peer-led-support', need: 'x' }, '2010-07-26T10:00:00Z'),
        event(
          'SupportDecided',
          { caseId: FIRST, decision: 'DECLINED', rationale: 'No', evidence: [] },
          '2010-08-01T10:00:00Z',
        ),
      ],
      PARTNERSHIP,
    );
    expect(cases.map((supportCase) => [supportCase.caseId, supportCase.raised.how, supportCase.status])).toEqual([
      [SECOND, 'PROPOSED', 'PROPOSED'],
      [FIRST, 'REQUESTED', 'DECLINED'],
    ]);
  });

  it('passes over what it cannot read: events of other kinds, decisions before a case opens, unknown values, other partnerships’ cases', () => {
    const cases = supportCasesFrom(
      [
        event(
          'SupportDecided',
          { caseId: FIRST, decision: 'APPROVED', rationale: 'Early', evidence: [] },
          '2009-01-01T00:00:00Z',
        ),
        event('AssessmentValidated', { assessmentId: `${PARTNERSHIP}-2009-10` }, '2009-02-01T00:00:00Z'),
        event(
          'SupportRequested',
          { caseId: 'wales-cardiff-csp-b261d4e7-9c4c-4e5b-9cab-6200f2f7d6b7', offerId: 'mentoring' },
          '2009-03-01T00:00:00Z',
        ),
        event('SupportRequested', { caseId: FIRST, offerId: 'mentoring', need: 'x' }, '2009-10-26T14:49:10Z'),
        event(
          'SupportDecided',
          { caseId: FIRST, decision: 'MAYBE', rationale: 'Hmm', evidence: [] },
          '2009-11-01T00:00:00Z',
        ),
        event('SupportDecided', 'not an object', '2009-11-02T00:00:00Z'),
      ],
      PARTNERSHIP,
    );
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ caseId: FIRST, status: 'REQUESTED', decisions: [] });
  });
});
