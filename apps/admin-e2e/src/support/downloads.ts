// Follows a download link as a person would and reads the file the browser saved.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export interface SavedFile {
  readonly name: string;
  readonly text: string;
}

export async function download(page: Page, link: Locator): Promise<SavedFile> {
  const [saved] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await saved.path();
  return { name: saved.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** A CSV file's records, each a list of fields (RFC 4180: CRLF between records, quoted fields). */
export function csvRecords(text: string): readonly (readonly string[])[] {
  const body = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && body[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) throw new Error(`the CSV does not end with CRLF: …${body.slice(-40)}`);
  return records;
}
