// When a timeline entry happened, in UK time and GOV.UK style: "31 March 2010 at 2:05pm".

export function timelineDate(instant: string): string {
  const date = new Date(instant);
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
  }).formatToParts(date);
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '';
  const period = (parts.find((part) => part.type === 'dayPeriod')?.value ?? '').toLowerCase().replace(/\./g, '');
  return `${day} at ${hour}:${minute}${period}`;
}
