// CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it
// holds a comma, a double quote or a line break, with its double quotes doubled.
// A spreadsheet opening the file runs any cell that starts with =, +, -, @ (or a tab or carriage
// return, which some treat the same) as a formula, so such a cell is made text by a leading
// apostrophe first (OWASP's advice on CSV injection). Audit data holds free text that anyone
// entitled to score a criterion typed in, so this matters.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A header record, then one record per row; every record ends with CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((record) => `${csvRecord(record)}\r\n`).join('');
}
