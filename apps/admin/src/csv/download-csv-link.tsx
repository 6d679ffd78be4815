// "Download this table as CSV": the rows the table shows, as a file the browser saves. The file is
// made when the link is followed, not on every render, so a long table costs nothing until asked
// for. It starts with a byte order mark because Excel otherwise reads UTF-8 as Windows-1252, and
// Welsh names (Ynys Môn) would come out garbled.
import { useEffect, useRef, type MouseEvent } from 'react';
import { toCsv, type CsvColumn } from './csv';

interface DownloadCsvLinkProps<Row> {
  readonly columns: readonly CsvColumn<Row>[];
  readonly rows: readonly Row[];
  readonly fileName: string;
  /** Which table, for screen reader users who reach the link out of context. */
  readonly tableName: string;
}

const BYTE_ORDER_MARK = '\uFEFF';

export function DownloadCsvLink<Row>({ columns, rows, fileName, tableName }: DownloadCsvLinkProps<Row>) {
  const objectUrl = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
    },
    [],
  );

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
    const file = new Blob([BYTE_ORDER_MARK, toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
    objectUrl.current = URL.createObjectURL(file);
    // The browser follows the href as it stands after this handler: the file just made.
    event.currentTarget.href = objectUrl.current;
  };

  return (
    <p className="govuk-body app-csv-download">
      <a className="govuk-link" href="#download" download={fileName} onClick={onClick}>
        Download this table as CSV<span className="govuk-visually-hidden"> ({tableName})</span>
      </a>
    </p>
  );
}
