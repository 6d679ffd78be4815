import { Logger } from '@nestjs/common';
import { ConfigError, loadPlatformConfig } from './config/platform-config';
import { createPlatformApp } from './platform-app';

async function main(): Promise<void> {
  const config = loadPlatformConfig();
  const app = await createPlatformApp(config);
  await app.listen(config.port, '0.0.0.0');
  const store = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  Logger.log(`NSF Platform on http://localhost:${config.port} (GraphQL at /graphql, data: ${store})`, 'Platform');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
