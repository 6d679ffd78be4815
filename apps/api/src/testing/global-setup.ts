/**
 * Gives the run a folder for its seeded templates (seeded-templates.ts). Nothing of the platform
 * is loaded here: the global setup runs outside the test environment.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPLATES_DIR_ENV } from './templates-dir';

export default function globalSetup(): void {
  process.env[TEMPLATES_DIR_ENV] = mkdtempSync(join(tmpdir(), 'nsf-templates-'));
}
