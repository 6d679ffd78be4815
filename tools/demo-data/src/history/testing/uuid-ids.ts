import { createHash } from 'node:crypto';
import type { DeriveId } from '../stream-recorder';

/**
 * A name-based UUID derivation for the specs. The platform's own (eventIdFor) lives in
 * @nsf/api-core, which this library may not import; the seeder passes that one in. Any
 * injective, UUID-shaped derivation shows the same properties, and the API's integration specs
 * seed with the real one.
 */
export const uuidIds: DeriveId = (name, index) => {
  const hex = createHash('sha256').update(`spec:${name}:${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
