import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LocalTokenIssuer } from '@nsf/api-core';
import type { JWK } from 'jose';
import type { IdentityConfig } from '../config/platform-config';

/**
 * The development issuer's key pair, generated on first start and kept in the data folder (as a
 * private JWK, readable by the owner only), so tokens issued before a restart stay valid after it.
 */
export async function loadLocalTokenIssuer(
  identity: Extract<IdentityConfig, { kind: 'local' }>,
): Promise<LocalTokenIssuer> {
  const file = identity.signingKeyFile;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, `${JSON.stringify(LocalTokenIssuer.generatePrivateJwk())}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process sharing the folder wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return LocalTokenIssuer.fromPrivateJwk(
    JSON.parse(readFileSync(file, 'utf8')) as JWK,
    identity.issuer,
    identity.audience,
  );
}
