// The delivery form's fields and the checks made before sending: a real date is required (the
// API's rule too); the notes are optional.
import type { DateParts } from '../govuk';
import { readDate } from './calendar-date';
import { fieldProblems, type FormProblems } from './form-problems';
import type { RecordSupportDeliveredInput } from './support-case.mutations';

export const DELIVERY_FIELDS = ['deliveredOn', 'notes'] as const;
export type DeliveryField = (typeof DELIVERY_FIELDS)[number];

/** The date's error links to its first input, as GOV.UK's date input does. */
export const DELIVERY_FIELD_IDS: Readonly<Record<DeliveryField, string>> = {
  deliveredOn: 'deliveredOn-day',
  notes: 'notes',
};

export interface DeliveryValues {
  readonly deliveredOn: DateParts;
  readonly notes: string;
}

export const EMPTY_DELIVERY: DeliveryValues = { deliveredOn: { day: '', month: '', year: '' }, notes: '' };

export const DELIVERY_FORBIDDEN =
  'Only the coordinator of the partnership’s region and the national team can record the delivery of its support';

const WHAT = 'the date the support was delivered';

export function checkDelivery(values: DeliveryValues): FormProblems<DeliveryField> | null {
  const reading = readDate(values.deliveredOn, WHAT);
  return reading.ok ? null : fieldProblems<DeliveryField>({ deliveredOn: reading.message });
}

/** The part of the date to highlight with its error; all three when the problem is the whole date. */
export function deliveryDatePart(values: DeliveryValues): keyof DateParts | undefined {
  const reading = readDate(values.deliveredOn, WHAT);
  return reading.ok ? undefined : reading.part;
}

/** Call only after checkDelivery found nothing wrong. */
export function toDeliveryInput(
  caseId: string,
  values: DeliveryValues,
  commandId: string,
): RecordSupportDeliveredInput {
  const reading = readDate(values.deliveredOn, WHAT);
  if (!reading.ok) throw new Error(reading.message);
  return { caseId, deliveredOn: reading.date, notes: values.notes, commandId };
}
