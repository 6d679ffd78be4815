import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { PlatformConfig } from '../config/platform-config';
import { PLATFORM_CONFIG } from './platform-config.token';

/** Makes the validated configuration injectable everywhere. */
@Global()
@Module({})
export class PlatformConfigModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: PlatformConfigModule,
      providers: [{ provide: PLATFORM_CONFIG, useValue: config }],
      exports: [PLATFORM_CONFIG],
    };
  }
}
