// An event's whole envelope as the rows of a GOV.UK summary list, in the order an auditor checks
// them: what it is, where it sits, when, who and why, how it links to the commands and events
// around it, its place in the hash chain, then its content. Nothing is left out, and nothing
// missing is left blank: a blank would look like a value that failed to load.
// The roles module itself rather than ../../auth, whose screens the unit tests cannot load.
import { roleLabel } from '../../auth/roles';
import { auditInstant } from '../audit-dates';
import type { AuditEvent } from '../audit-trail.query';

export type EnvelopeValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'instant'; readonly iso: string; readonly text: string }
  /** Identifiers and hashes: monospace, wrapped anywhere. */
  | { readonly kind: 'code'; readonly text: string }
  /** Formatted JSON, shown in a <pre>. */
  | { readonly kind: 'json'; readonly text: string };

export interface EnvelopeRow {
  readonly key: string;
  readonly value: EnvelopeValue;
}

const text = (value: string): EnvelopeValue => ({ kind: 'text', text: value });
const code = (value: string): EnvelopeValue => ({ kind: 'code', text: value });
const instant = (iso: string): EnvelopeValue => ({ kind: 'instant', iso, text: auditInstant(iso) });
const json = (value: unknown): EnvelopeValue => ({ kind: 'json', text: formattedJson(value) });

export function envelopeRows(event: AuditEvent): readonly EnvelopeRow[] {
  return [
    { key: 'Event id', value: code(event.id) },
    { key: 'Type', value: text(event.type) },
    { key: 'Schema version', value: text(String(event.schemaVersion)) },
    { key: 'Stream', value: code(event.streamId) },
    { key: 'Revision in its stream', value: text(String(event.revision)) },
    { key: 'Position in the global log', value: code(event.globalPosition) },
    { key: 'Tenant', value: code(event.tenantId) },
    { key: 'Occurred at', value: instant(event.occurredAt) },
    { key: 'Recorded at', value: instant(event.recordedAt) },
    { key: 'Actor', value: text(event.actor) },
    { key: 'Actor’s role', value: text(event.actorRole ? roleLabel(event.actorRole) : 'Not recorded') },
    { key: 'Reason', value: text(event.reason ?? 'None given') },
    { key: 'Command id', value: code(event.commandId) },
    { key: 'Correlation id', value: code(event.correlationId) },
    { key: 'Causation id', value: event.causationId ? code(event.causationId) : text('None') },
    {
      key: 'Previous hash',
      value: event.previousHash ? code(event.previousHash) : text('None: this is the first event of its stream'),
    },
    { key: 'Hash', value: code(event.hash) },
    { key: 'Metadata', value: json(event.metadata) },
    { key: 'Data', value: json(event.data) },
  ];
}

/** Two-space indented JSON; a value JSON cannot express is shown as null, as the API would send it. */
export function formattedJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? 'null';
}

/** How an event is named in headings and link text: "CriterionScored, revision 1". */
export function eventName(event: Pick<AuditEvent, 'type' | 'revision'>): string {
  return `${event.type}, revision ${event.revision}`;
}
