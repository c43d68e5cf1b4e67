// Bearer credentials: reading `Authorization: Bearer <token>` and checking a presented secret in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';

export const secretDigest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
}

/**
 * A check of a presented secret against configured ones. Comparing fixed-length digests keeps the time independent
 * of where a wrong secret differs, and of its length.
 * @example const matches = createSecretMatcher(config.publishKeys); matches(presented);
 */
export function createSecretMatcher(secrets: readonly string[]): (presented: string) => boolean {
  const digests = secrets.map(secretDigest);
  return (presented) => {
    const candidate = secretDigest(presented);
    let ok = false;
    for (const known of digests) ok = timingSafeEqual(known, candidate) || ok;
    return ok;
  };
}
