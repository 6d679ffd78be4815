import { isCalendarDate } from '../shared/calendar-date';
import { accept, conflict, invalid, notFound, reject, type Decision } from '../shared/domain-error';
import type { SupportCaseEvent, SupportCaseState } from './support-case';

export interface RecordSupportDelivered {
  readonly type: 'RecordSupportDelivered';
  readonly deliveredOn: string;
  readonly notes: string;
}

/** Only approved support is delivered; recording it closes the case. */
export function decideRecordSupportDelivered(
  command: RecordSupportDelivered,
  state: SupportCaseState,
): Decision<SupportCaseEvent> {
  if (state.status === 'none') return reject(notFound('There is no such support case'));
  if (state.status !== 'approved') {
    return reject(conflict(`The support case is ${state.status}: only approved support can be delivered`));
  }
  if (!isCalendarDate(command.deliveredOn)) {
    return reject(invalid('Give the delivery date as YYYY-MM-DD', 'deliveredOn'));
  }
  return accept({
    type: 'SupportDelivered',
    schemaVersion: 1,
    data: { caseId: state.caseId, deliveredOn: command.deliveredOn, notes: command.notes.trim() },
  });
}
