import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { AppModule } from './app.module';
import { DemoDataSeeder } from './demo-data/demo-data.seeder';
import type { PlatformConfig } from './config/platform-config';
import { addSecurityHeaders } from './web/security-headers';
import { SpaFallbackFilter } from './web/spa-fallback.filter';

/** Builds the whole platform (GraphQL, auth, health, admin app) ready to listen. */
export async function createPlatformApp(
  config: PlatformConfig,
  options: { logger?: LogLevel[] | false } = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.create(config), new FastifyAdapter(), {
    logger: options.logger ?? ['log', 'warn', 'error'],
    // Fail by throwing, so the caller (main or a test) decides what a failed start means.
    abortOnError: false,
  });
  app.enableShutdownHooks();
  addSecurityHeaders(app);
  if (existsSync(config.adminDir)) {
    app.useStaticAssets({ root: config.adminDir, prefix: '/', wildcard: false });
  } else {
    new Logger('Platform').warn(`no admin app at ${config.adminDir}: build it with "npx nx build admin"`);
  }
  app.useGlobalFilters(new SpaFallbackFilter(config.adminDir));
  // Command handlers are registered during init, so demo data is seeded after it, before listening.
  try {
    await app.init();
    if (config.seedDemoData) await app.get(DemoDataSeeder).seedOnce();
  } catch (error) {
    // A failed start must not leave the projection runner, store clients or database open.
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}
