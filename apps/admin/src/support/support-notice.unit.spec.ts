import type { SupportCaseRecord } from './support-case';
import { caseMeetsExpectation, noticeState, readNotice } from './support-notice';

const CASE_ID = 'wales-cardiff-csp-b261d4e7-9c4c-4e5b-9cab-6200f2f7d6b7';
const supportCase = (status: SupportCaseRecord['status'], outcome: boolean): SupportCaseRecord => ({
  caseId: CASE_ID,
  uuid: 'b261d4e7-9c4c-4e5b-9cab-6200f2f7d6b7',
  offerId: 'mentoring',
  need: '',
  raised: { how: 'REQUESTED', actor: 'cerys.lead', occurredAt: '2011-01-01T00:00:00Z' },
  status,
  decisions: [],
  delivery: null,
  outcome: outcome
    ? { actor: 'a', occurredAt: 'b', assessmentId: 'c', baselineAssessmentId: null, hallmarks: [], notes: 'n' }
    : null,
});

describe('waiting for the history to show a change just made', () => {
  it('is over once the case is there in the expected state', () => {
    const expectation = { caseId: CASE_ID, status: 'APPROVED' as const, outcomeRecorded: false };
    expect(caseMeetsExpectation([], expectation)).toBe(false);
    expect(caseMeetsExpectation([supportCase('REQUESTED', false)], expectation)).toBe(false);
    expect(caseMeetsExpectation([supportCase('APPROVED', false)], expectation)).toBe(true);
  });

  it('waits for an outcome when one was recorded', () => {
    const expectation = { caseId: CASE_ID, status: 'DELIVERED' as const, outcomeRecorded: true };
    expect(caseMeetsExpectation([supportCase('DELIVERED', false)], expectation)).toBe(false);
    expect(caseMeetsExpectation([supportCase('DELIVERED', true)], expectation)).toBe(true);
  });
});

describe('the notice a form hands on in the navigation state', () => {
  it('survives the trip, and anything else is no notice', () => {
    const notice = {
      banner: 'Support approved',
      expect: { caseId: CASE_ID, status: 'APPROVED' as const, outcomeRecorded: false },
    };
    expect(readNotice(noticeState(notice))).toEqual(notice);
    expect(readNotice(noticeState({ banner: 'Done', expect: null }))).toEqual({ banner: 'Done', expect: null });
    expect(readNotice({ supportNotice: { banner: 'x', expect: { caseId: CASE_ID, status: 'LOST' } } })).toEqual({
      banner: 'x',
      expect: null,
    });
    expect(readNotice(null)).toBeNull();
    expect(readNotice({ supportNotice: { banner: 3 } })).toBeNull();
  });
});
