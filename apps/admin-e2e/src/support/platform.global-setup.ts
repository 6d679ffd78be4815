// Jest global setup: starts one platform for every spec and tells the specs where it is.
// With E2E_BASE_URL already set, the specs run against that platform instead (e.g. `nx serve api`).
import { startPlatform } from './platform-process';

export default async function globalSetup(): Promise<void> {
  if (process.env['E2E_BASE_URL']) return;
  const platform = await startPlatform();
  globalThis.nsfE2ePlatform = platform;
  // Test files run after this, in processes that inherit the environment.
  process.env['E2E_BASE_URL'] = platform.baseUrl;
}
