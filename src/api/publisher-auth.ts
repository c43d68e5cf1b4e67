// Publisher authentication for ingest: bearer keys compared in constant time, or loopback-only when none are set.
import type { RequestHandler, Response } from 'express';
import { bearerToken, createSecretMatcher, secretDigest } from '../access/bearer.js';
import { AppError } from '../core/app-error.js';
import type { TrustedProxies } from '../proxy/trusted-proxies.js';

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
    res.locals.publisher = `key:${secretDigest(presented).toString('hex').slice(0, 32)}`;
    next();
  };
}
