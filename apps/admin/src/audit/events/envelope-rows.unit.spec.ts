import { auditEvent } from '../audit-event.fixture';
import { envelopeRows, eventName, formattedJson } from './envelope-rows';

describe('an event’s envelope as summary list rows', () => {
  it('shows every field of the envelope, identifiers and hashes as code, content as formatted JSON', () => {
    const rows = envelopeRows(auditEvent());
    expect(rows.map((row) => row.key)).toEqual([
      'Event id',
      'Type',
      'Schema version',
      'Stream',
      'Revision in its stream',
      'Position in the global log',
      'Tenant',
      'Occurred at',
      'Recorded at',
      'Actor',
      'Actor’s role',
      'Reason',
      'Command id',
      'Correlation id',
      'Causation id',
      'Previous hash',
      'Hash',
      'Metadata',
      'Data',
    ]);
    const value = (key: string) => rows.find((row) => row.key === key)?.value;
    expect(value('Hash')).toEqual({
      kind: 'code',
      text: '736a13594f158a3c66f6160844ad52e7f36dbc6ed01d6cfae84ae2c6cca46b4e',
    });
    expect(value('Previous hash')).toEqual({
      kind: 'code',
      text: 'd6180f22ebc31c38d45b3476d3b3e1cdbfe3c301dcee75ac4847c2485b14ccbd',
    });
    expect(value('Occurred at')).toEqual({
      kind: 'instant',
      iso: '2009-05-18T11:43:06.048Z',
      text: '18 May 2009 at 12:43:06pm',
    });
    expect(value('Actor’s role')).toEqual({ kind: 'text', text: 'Partnership member' });
    expect(value('Data')).toEqual({
      kind: 'json',
      text: [
        '{',
        '  "score": 3,',
        '  "criterionId": "leadership.1",',
        '  "assessmentId": "north_west-allerdale-cdrp-2009-10"',
        '}',
      ].join('\n'),
    });
  });

  it('says in words what a stream’s first event, an uncaused event and a silent actor lack', () => {
    const rows = envelopeRows(auditEvent({ previousHash: null, causationId: null, reason: null, actorRole: null }));
    const value = (key: string) => rows.find((row) => row.key === key)?.value;
    expect(value('Previous hash')).toEqual({ kind: 'text', text: 'None: this is the first event of its stream' });
    expect(value('Causation id')).toEqual({ kind: 'text', text: 'None' });
    expect(value('Reason')).toEqual({ kind: 'text', text: 'None given' });
    expect(value('Actor’s role')).toEqual({ kind: 'text', text: 'Not recorded' });
  });

  it('gives a reason and a causing event when the envelope has them', () => {
    const rows = envelopeRows(auditEvent({ reason: 'Moderated at panel', causationId: 'cause-1' }));
    expect(rows.find((row) => row.key === 'Reason')?.value).toEqual({ kind: 'text', text: 'Moderated at panel' });
    expect(rows.find((row) => row.key === 'Causation id')?.value).toEqual({ kind: 'code', text: 'cause-1' });
  });
});

describe('formatted JSON', () => {
  it('indents by two spaces and writes what JSON cannot hold as null', () => {
    expect(formattedJson({ a: [1, { b: null }] })).toBe('{\n  "a": [\n    1,\n    {\n      "b": null\n    }\n  ]\n}');
    expect(formattedJson(undefined)).toBe('null');
  });
});

describe('an event’s name', () => {
  it('is its type and its revision', () => {
    expect(eventName(auditEvent())).toBe('CriterionScored, revision 1');
  });
});
