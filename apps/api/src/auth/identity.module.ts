import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { AccessTokenVerifier, LocalTokenIssuer, MutationRateLimiter, PLATFORM_CLOCK, type Clock } from '@nsf/api-core';
import type { PlatformConfig } from '../config/platform-config';
import { DevSignInController } from './dev-sign-in.controller';
import { JwksController } from './jwks.controller';
import { loadLocalTokenIssuer } from './local-signing-key';
import { MeResolver } from './me.resolver';

/**
 * Who the caller is: bearer tokens verified against the trusted issuer's JWKS — an external
 * identity provider, or in the embedded default the platform's own development issuer, which
 * also serves its JWKS and the development sign-in. Also the per-user limit on mutations, which
 * AuthenticatedGuard applies once it knows the user.
 */
@Global()
@Module({})
export class IdentityModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    const identity = config.identity;
    const rateLimiter: Provider = {
      provide: MutationRateLimiter,
      inject: [PLATFORM_CLOCK],
      useFactory: (clock: Clock) => new MutationRateLimiter(config.mutationRatePerMinute, clock),
    };
    const exports = [AccessTokenVerifier, MutationRateLimiter];

    if (identity.kind === 'jwks') {
      return {
        module: IdentityModule,
        providers: [
          { provide: AccessTokenVerifier, useValue: AccessTokenVerifier.forJwks(identity) },
          rateLimiter,
          MeResolver,
        ],
        exports,
      };
    }
    return {
      module: IdentityModule,
      controllers: [JwksController, DevSignInController],
      providers: [
        { provide: LocalTokenIssuer, useFactory: () => loadLocalTokenIssuer(identity) },
        {
          provide: AccessTokenVerifier,
          inject: [LocalTokenIssuer],
          useFactory: (issuer: LocalTokenIssuer) => issuer.verifier(),
        },
        rateLimiter,
        MeResolver,
      ],
      exports,
    };
  }
}
