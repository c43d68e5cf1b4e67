// Publisher authentication for ingest: bearer keys compared in constant time, or loopback-only when none are set.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../core/app-error.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/**
 * @param keys publisher keys (SIRENA_PUBLISH_KEYS); empty means open ingest, but only from loopback.
 */
export function createPublisherAuth(keys: readonly string[]): RequestHandler {
  // Comparing fixed-length digests keeps the time independent of where a wrong key differs, and of its length.
  const digests = keys.map(digest);
  return (req, _res, next) => {
    if (digests.length === 0) {
      if (!isLoopback(req.socket.remoteAddress)) {
        throw new AppError('forbidden', 'ingest is open only on loopback because SIRENA_PUBLISH_KEYS is unset');
      }
      next();
      return;
    }
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) {
      throw new AppError('unauthorized', 'a publisher key is required: Authorization: Bearer <key>');
    }
    const presented = digest(match[1]);
    let ok = false;
    for (const candidate of digests) ok = timingSafeEqual(candidate, presented) || ok;
    if (!ok) throw new AppError('unauthorized', 'the publisher key is not valid');
    next();
  };
}
