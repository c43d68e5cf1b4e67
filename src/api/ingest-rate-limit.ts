// Per-publisher ingest rate limit with its counters in Redis, so the limit holds across every API process.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { AppError } from '../core/app-error.js';
import type { RedisKeys } from '../store/keys.js';
import { LuaScript } from '../store/lua-script.js';
import { publisherOf } from './publisher-auth.js';

export interface IngestRateLimitOptions {
  redis: Redis;
  keys: RedisKeys;
  /** Requests one publisher may make per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * rate-limit-redis caches the SHA of a SCRIPT LOAD; if that load fails while Redis is away, the rejected promise
 * stays cached and every later request fails. Answering SCRIPT LOAD locally (a script's SHA is the SHA-1 of its
 * body) and falling back from EVALSHA to EVAL on NOSCRIPT makes the store recover by itself after any restart.
 */
function sendCommandFor(redis: Redis): (...args: string[]) => Promise<RedisReply> {
  const scripts = new Map<string, LuaScript>();
  return async (command, ...args) => {
    const name = command?.toUpperCase();
    if (name === 'SCRIPT' && args[0]?.toUpperCase() === 'LOAD' && args[1] !== undefined) {
      const script = new LuaScript(args[1]);
      scripts.set(script.sha, script);
      return script.sha;
    }
    const script = name === 'EVALSHA' && args[0] !== undefined ? scripts.get(args[0]) : undefined;
    if (script) return (await script.call(redis, args.slice(1))) as RedisReply;
    return (await redis.call(command as string, ...args)) as RedisReply;
  };
}

/**
 * Counts requests per publisher (see publisherOf: a key's digest, never the key, or a loopback address); it runs
 * after createPublisherAuth.
 * Over the limit: 429 rate_limited with Retry-After. Redis unreachable: 503 unavailable (never let traffic through
 * unlimited, never hang).
 * @example router.post('/v1/updates', auth, createIngestRateLimit({ redis, keys, limit: 1200, windowSeconds: 60 }), …)
 */
export function createIngestRateLimit(options: IngestRateLimitOptions): RequestHandler {
  const limiter = rateLimit({
    windowMs: options.windowSeconds * 1000,
    limit: options.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: new RedisStore({ sendCommand: sendCommandFor(options.redis), prefix: options.keys.rateLimitPrefix }),
    keyGenerator: (_req, res) => publisherOf(res),
    // Our keys are digests or loopback addresses, never a client-chosen IPv6 subnet.
    validate: { keyGeneratorIpFallback: false },
    handler: (req, _res, next) => {
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000));
      next(
        new AppError('rate_limited', `more than ${options.limit} ingest requests in ${options.windowSeconds} s; nothing was accepted`, {
          retryAfter,
        }),
      );
    },
  });
  return async (req, res, next) => {
    if (options.redis.status !== 'ready') {
      throw new AppError('unavailable', 'Redis is unreachable; nothing was accepted', { retryAfter: 2 });
    }
    // express-rate-limit hands a store error to next() (it does not throw): anything but our own 429 is Redis failing.
    const storeFailed = (error: unknown) =>
      new AppError('unavailable', 'the rate limiter cannot reach Redis; nothing was accepted', { retryAfter: 2, cause: error });
    try {
      await limiter(req, res, (error?: unknown) => {
        if (error === undefined || error === 'route' || error === 'router') next(error as undefined);
        else next(error instanceof AppError ? error : storeFailed(error));
      });
    } catch (error) {
      throw storeFailed(error);
    }
  };
}
