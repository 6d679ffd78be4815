import { Controller, Get, Header } from '@nestjs/common';
import { LocalTokenIssuer } from '@nsf/api-core';
import type { JSONWebKeySet } from 'jose';

/**
 * The public key of the platform's own development issuer, in the form any identity provider
 * publishes: what the verifier trusts in the embedded default, and what another service would
 * fetch to verify these tokens too. Only mounted when the platform is its own issuer.
 */
@Controller('auth')
export class JwksController {
  constructor(private readonly issuer: LocalTokenIssuer) {}

  @Get('jwks.json')
  @Header('cache-control', 'public, max-age=300')
  jwks(): JSONWebKeySet {
    return this.issuer.jwks();
  }
}
