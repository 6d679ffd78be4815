// Reading an event's JSON data defensively: the history arrives as untyped JSON, and a field the
// screens do not recognise is treated as absent rather than trusted.

export type EventData = Readonly<Record<string, unknown>>;

export function eventData(data: unknown): EventData {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as EventData) : {};
}

export function text(data: EventData, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' ? value : null;
}

export function texts(data: EventData, key: string): readonly string[] {
  const value = data[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function numberOrNull(data: EventData, key: string): number | null {
  const value = data[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function records(data: EventData, key: string): readonly EventData[] {
  const value = data[key];
  return Array.isArray(value) ? value.map(eventData) : [];
}
