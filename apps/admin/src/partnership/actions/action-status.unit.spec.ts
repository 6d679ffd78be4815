import { actionCounts, actionStatusLabel, actionStatusTagClass, isOverdue, ukDay } from './action-status';

describe('an improvement action’s status', () => {
  it('is told in words, with a tag colour', () => {
    expect(actionStatusLabel('IN_PROGRESS')).toBe('In progress');
    expect(actionStatusTagClass('BLOCKED')).toBe('govuk-tag--red');
    expect(actionStatusTagClass('COMPLETED')).toBe('govuk-tag--green');
  });

  it('is shown as sent when this build does not know it', () => {
    expect(actionStatusLabel('ON_HOLD')).toBe('ON_HOLD');
  });
});

describe('an overdue action', () => {
  it('is still open after its due date', () => {
    expect(isOverdue({ status: 'IN_PROGRESS', dueOn: '2010-03-30' }, '2010-03-31')).toBe(true);
    expect(isOverdue({ status: 'BLOCKED', dueOn: '2010-03-30' }, '2010-03-31')).toBe(true);
  });

  it('is not due today, nor closed', () => {
    expect(isOverdue({ status: 'NOT_STARTED', dueOn: '2010-03-31' }, '2010-03-31')).toBe(false);
    expect(isOverdue({ status: 'COMPLETED', dueOn: '2010-01-01' }, '2010-03-31')).toBe(false);
    expect(isOverdue({ status: 'CANCELLED', dueOn: '2010-01-01' }, '2010-03-31')).toBe(false);
  });
});

describe('the UK day of an instant', () => {
  it('is the calendar day in London, an hour ahead of UTC in summer', () => {
    expect(ukDay('2010-01-15T23:30:00Z')).toBe('2010-01-15');
    expect(ukDay('2010-06-30T23:30:00Z')).toBe('2010-07-01');
  });
});

describe('the count of a partnership’s actions', () => {
  const today = '2010-06-01';

  it('says how many are open, blocked and overdue, completed and cancelled', () => {
    expect(
      actionCounts(
        [
          { status: 'NOT_STARTED', dueOn: '2010-09-01' },
          { status: 'IN_PROGRESS', dueOn: '2010-05-01' },
          { status: 'BLOCKED', dueOn: '2010-07-01' },
          { status: 'COMPLETED', dueOn: '2010-01-01' },
          { status: 'COMPLETED', dueOn: '2010-02-01' },
          { status: 'CANCELLED', dueOn: '2010-02-01' },
        ],
        today,
      ),
    ).toBe('3 open (1 blocked, 1 overdue), 2 completed, 1 cancelled');
  });

  it('leaves out what there is none of', () => {
    expect(actionCounts([{ status: 'COMPLETED', dueOn: '2009-12-26' }], today)).toBe('1 completed');
    expect(actionCounts([{ status: 'IN_PROGRESS', dueOn: '2010-12-26' }], today)).toBe('1 open');
    expect(actionCounts([], today)).toBe('None');
  });
});
