// Paths the browser tests rely on, resolved from the workspace root rather than the cwd.
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const API_MAIN = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
export const ADMIN_INDEX = join(WORKSPACE_ROOT, 'dist/apps/admin/index.html');
export const SCREENSHOTS_DIR = join(WORKSPACE_ROOT, 'docs/screenshots');

/** Set by the global setup (or by whoever runs the specs against a platform already up). */
export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url)
    throw new Error(
      'E2E_BASE_URL is not set: run the specs through the e2e target, whose global setup starts the platform',
    );
  return url;
}
