// The two files of an export, made in the browser from the audit trail already fetched, offered
// as ordinary download links that say each file's type and size (GOV.UK's advice for links to
// files). The files' addresses are released when the screen is left.
import { useEffect, useMemo, useState } from 'react';
import type { AuditEvent } from '../audit-trail.query';
import { auditTrailCsv } from './audit-trail-csv';
import { auditTrailJson, exportFileName } from './audit-trail-json';

interface DownloadLinksProps {
  readonly partnershipId: string;
  readonly partnershipName: string | null;
  readonly exportedBy: string | null;
  readonly events: readonly AuditEvent[];
  /** When the trail was fetched: the instant the export stands for. */
  readonly exportedAt: string;
}

interface ExportFile {
  readonly name: string;
  readonly blob: Blob;
}

export function DownloadLinks({ partnershipId, partnershipName, exportedBy, events, exportedAt }: DownloadLinksProps) {
  const files = useMemo(() => {
    const json: ExportFile = {
      name: exportFileName(partnershipId, exportedAt, 'json'),
      blob: new Blob([auditTrailJson({ partnershipId, partnershipName, exportedAt, exportedBy, events })], {
        type: 'application/json',
      }),
    };
    // The byte order mark tells spreadsheet programs the file is UTF-8, so Welsh names survive.
    const csv: ExportFile = {
      name: exportFileName(partnershipId, exportedAt, 'csv'),
      blob: new Blob(['\uFEFF', auditTrailCsv(events)], { type: 'text/csv;charset=utf-8' }),
    };
    return { json, csv };
  }, [partnershipId, partnershipName, exportedAt, exportedBy, events]);

  const [urls, setUrls] = useState<{ json: string; csv: string } | null>(null);
  useEffect(() => {
    const made = { json: URL.createObjectURL(files.json.blob), csv: URL.createObjectURL(files.csv.blob) };
    setUrls(made);
    return () => {
      URL.revokeObjectURL(made.json);
      URL.revokeObjectURL(made.csv);
    };
  }, [files]);

  if (!urls) return null;
  return (
    <ul className="govuk-list govuk-list--spaced">
      <li>
        <a className="govuk-link" href={urls.json} download={files.json.name}>
          Download the audit trail as JSON
        </a>{' '}
        (JSON, {fileSize(files.json.blob.size)}): every event with its whole envelope.
      </li>
      <li>
        <a className="govuk-link" href={urls.csv} download={files.csv.name}>
          Download the events as CSV
        </a>{' '}
        (CSV, {fileSize(files.csv.blob.size)}): one row per event, for a spreadsheet.
      </li>
    </ul>
  );
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
