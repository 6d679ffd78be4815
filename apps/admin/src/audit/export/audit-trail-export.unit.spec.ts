import { auditEvent } from '../audit-event.fixture';
import { auditTrailCsv } from './audit-trail-csv';
import { auditTrailJson, exportFileName } from './audit-trail-json';

const registered = auditEvent({
  id: '26c3b1eb-dcd7-586f-b519-a458ba81c7a8',
  type: 'PartnershipRegistered',
  streamId: 'partnership-north_west-allerdale-cdrp',
  revision: 0,
  globalPosition: '874:72',
  occurredAt: '2009-04-01T08:00:00.000Z',
  actor: 'system:demo-data',
  actorRole: 'NATIONAL',
  previousHash: null,
  data: { name: 'Allerdale CDRP', county: 'Cumbria' },
  metadata: { actorRole: 'NATIONAL' },
  hash: 'e3f75dc9a5331771a993edc5f7bebc1cc16aa62ff8e634f377d683bb858170ec',
});
const scored = auditEvent({
  reason: '=cmd|"/c calc"!A1',
  data: { rationale: 'Shared, "ambitious" vision,\nreviewed' },
});

describe('the audit trail as CSV', () => {
  const csv = auditTrailCsv([registered, scored]);
  const records = csv.split('\r\n');

  it('has the envelope’s field names as its header, then one record per event, each ending in CRLF', () => {
    expect(records[0]).toBe(
      'occurredAt,recordedAt,type,schemaVersion,streamId,revision,actor,actorRole,reason,id,globalPosition,tenantId,' +
        'commandId,correlationId,causationId,previousHash,hash,data,metadata',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes each field of the envelope, nothing for what is missing, data and metadata as JSON', () => {
    expect(records[1]).toBe(
      [
        '2009-04-01T08:00:00.000Z',
        '2026-11-26T13:54:42.384Z',
        'PartnershipRegistered',
        '1',
        'partnership-north_west-allerdale-cdrp',
        '0',
        'system:demo-data',
        'NATIONAL',
        '',
        '26c3b1eb-dcd7-586f-b519-a458ba81c7a8',
        '874:72',
        'north_west-allerdale-cdrp',
        'e3121d1e-6884-5876-8e1e-70d2357b3aae',
        'e3121d1e-6884-5876-8e1e-70d2357b3aae',
        '',
        '',
        'e3f75dc9a5331771a993edc5f7bebc1cc16aa62ff8e634f377d683bb858170ec',
        '"{""name"":""Allerdale CDRP"",""county"":""Cumbria""}"',
        '"{""actorRole"":""NATIONAL""}"',
      ].join(','),
    );
  });

  it('quotes free text with commas, quotes and line breaks, and disarms a reason written as a formula', () => {
    expect(csv).toContain(`,"'=cmd|""/c calc""!A1",`);
    expect(csv).toContain('"{""rationale"":""Shared, \\""ambitious\\"" vision,\\nreviewed""}"');
  });
});

describe('the audit trail as JSON', () => {
  it('says whose trail, when and by whom it was exported, and holds every envelope unchanged', () => {
    const json = auditTrailJson({
      partnershipId: 'north_west-allerdale-cdrp',
      partnershipName: 'Allerdale CDRP',
      exportedAt: '2026-11-26T14:05:12.345Z',
      exportedBy: 'aisha.auditor',
      events: [registered, scored],
    });
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual({
      partnershipId: 'north_west-allerdale-cdrp',
      partnershipName: 'Allerdale CDRP',
      exportedAt: '2026-11-26T14:05:12.345Z',
      exportedBy: 'aisha.auditor',
      eventCount: 2,
      events: [registered, scored],
    });
  });
});

describe('an export’s file name', () => {
  it('names the partnership and the instant, without characters a disk might refuse', () => {
    expect(exportFileName('north_west-allerdale-cdrp', '2026-11-26T14:05:12.345Z', 'json')).toBe(
      'audit-trail-north_west-allerdale-cdrp-20261126T140512Z.json',
    );
    expect(exportFileName('odd/id: x', '2026-11-26T14:05:12Z', 'csv')).toBe(
      'audit-trail-odd_id_x-20261126T140512Z.csv',
    );
  });
});
