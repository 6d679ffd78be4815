// Jest global teardown: stops the platform the global setup started, and drops its database.
import { stopPlatform } from './platform-process';

export default async function globalTeardown(): Promise<void> {
  const platform = globalThis.nsfE2ePlatform;
  if (!platform) return;
  globalThis.nsfE2ePlatform = undefined;
  await stopPlatform(platform);
}
