// Tables as CSV (RFC 4180): fields separated by commas, records by CRLF, a field quoted when it
// holds a comma, a double quote or a line break, and a quote inside doubled. Text that a
// spreadsheet would run as a formula (starting = + - @, or a tab or carriage return) gets a
// leading apostrophe, so a partnership's name or an action's description cannot execute when a
// coordinator opens the file (CSV injection).

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => CsvValue;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, guarded and quoted as needed. Numbers are written as numbers, never guarded. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A header record, then one record per row, each ended by CRLF. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const record = (fields: readonly CsvValue[]) => `${fields.map(csvField).join(',')}\r\n`;
  return (
    record(columns.map((column) => column.header)) +
    rows.map((row) => record(columns.map((column) => column.value(row)))).join('')
  );
}

/** A file name from words: lower case, letters and digits joined by hyphens, ending .csv. */
export function csvFileName(...parts: readonly string[]): string {
  const stem = parts
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'table'}.csv`;
}
