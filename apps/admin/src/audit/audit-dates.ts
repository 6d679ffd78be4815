// Instants as an auditor reads them: UK time, GOV.UK style, to the second, because several
// events of one history can share a minute ("18 May 2009 at 11:43:06am").

const UK_TIME_ZONE = 'Europe/London';

export function auditInstant(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: UK_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: UK_TIME_ZONE,
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h12',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const period = part('dayPeriod').toLowerCase().replace(/\./g, '');
  return `${day} at ${part('hour')}:${part('minute')}:${part('second')}${period}`;
}
