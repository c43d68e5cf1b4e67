// Publisher authentication for ingest: bearer keys compared in constant time, or loopback-only when none are set.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { AppError } from '../core/app-error.js';
import type { TrustedProxies } from '../proxy/trusted-proxies.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/** Who made an authenticated ingest request: `key:<digest prefix>` or, in loopback-only mode, `addr:<client address>`. */
export function publisherOf(res: Response): string {
  const publisher: unknown = res.locals.publisher;
  if (typeof publisher !== 'string') throw new Error('publisherOf() runs after createPublisherAuth()');
  return publisher;
}

/**
 * A check of a presented secret against configured ones. Comparing fixed-length digests keeps the time independent
 * of where a wrong secret differs, and of its length.
 * @example const matches = createSecretMatcher(config.publishKeys); matches(presented);
 */
export function createSecretMatcher(secrets: readonly string[]): (presented: string) => boolean {
  const digests = secrets.map(digest);
  return (presented) => {
    const candidate = digest(presented);
    let ok = false;
    for (const known of digests) ok = timingSafeEqual(known, candidate) || ok;
    return ok;
  };
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
}

/**
 * @param keys publisher keys (SIRENA_PUBLISH_KEYS); empty means open ingest, but only from loopback.
 * @param proxies whose forwarding headers name the client: behind a trusted proxy, "loopback" is the client's address.
 */
export function createPublisherAuth(keys: readonly string[], proxies: TrustedProxies): RequestHandler {
  const matches = createSecretMatcher(keys);
  return (req, res, next) => {
    if (keys.length === 0) {
      const address = proxies.clientAddress(req);
      if (!isLoopback(address)) {
        throw new AppError('forbidden', 'ingest is open only on loopback because SIRENA_PUBLISH_KEYS is unset');
      }
      res.locals.publisher = `addr:${address}`;
      next();
      return;
    }
    const presented = bearerToken(req.get('authorization'));
    if (!presented) throw new AppError('unauthorized', 'a publisher key is required: Authorization: Bearer <key>');
    if (!matches(presented)) throw new AppError('unauthorized', 'the publisher key is not valid');
    // Rate limits count per key; a digest prefix names it without putting the key itself into Redis.
    res.locals.publisher = `key:${digest(presented).toString('hex').slice(0, 32)}`;
    next();
  };
}
