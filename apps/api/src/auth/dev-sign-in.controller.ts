import { BadRequestException, Body, Controller, Get, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { LocalTokenIssuer } from '@nsf/api-core';
import { DEMO_USERS, type DemoUser } from '@nsf/demo-data';

/**
 * Development sign-in for the embedded default: pick a demo user, get an ES256 token from the
 * platform's own issuer. It is mounted only when the platform is its own issuer, which it never is
 * with NODE_ENV=production (see PlatformConfig), so those paths answer 404 there.
 */
@Controller('auth')
export class DevSignInController {
  constructor(private readonly tokens: LocalTokenIssuer) {}

  @Get('dev-users')
  users(): DemoUser[] {
    return [...DEMO_USERS];
  }

  @Post('dev-login')
  @HttpCode(200)
  async login(@Body() body: unknown): Promise<{ token: string }> {
    const username =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['username'] : undefined;
    if (typeof username !== 'string') throw new BadRequestException('Send {"username": "<a demo user>"}');
    const user = DEMO_USERS.find((candidate) => candidate.username === username);
    if (!user) throw new NotFoundException(`No demo user called "${username}"`);
    return {
      token: await this.tokens.issue({
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        region: user.region,
        partnershipId: user.partnershipId,
        ...(user.auditedRegions ? { auditedRegions: user.auditedRegions } : {}),
      }),
    };
  }
}
