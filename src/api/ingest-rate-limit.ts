// Per-publisher ingest rate limit with its counters in Redis, so the limit holds across every API process.
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { RedisClient } from '../store/redis-connection.js';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { AppError } from '../core/app-error.js';
import type { RedisKeys } from '../store/keys.js';
import { LuaScript } from '../store/lua-script.js';
import { addToWindow } from '../store/window-counter.js';
import { publisherOf } from './publisher-auth.js';

export interface IngestRateLimitOptions {
  redis: RedisClient;
  keys: RedisKeys;
  /** Requests one publisher may make per window. */
  limit: number;
  /**
   * Body bytes one publisher may send per window: what a request costs the API grows with its body (a 1 MB batch
   * takes about 190 ms to parse and check), so a request count alone does not bound the work.
   */
  byteLimit: number;
  windowSeconds: number;
}

/**
 * rate-limit-redis caches the SHA of a SCRIPT LOAD; if that load fails while Redis is away, the rejected promise
 * stays cached and every later request fails. Answering SCRIPT LOAD locally (a script's SHA is the SHA-1 of its
 * body) and falling back from EVALSHA to EVAL on NOSCRIPT makes the store recover by itself after any restart.
 */
function sendCommandFor(redis: RedisClient): (...args: string[]) => Promise<RedisReply> {
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

/** The ingest rate limit's two halves: count a request as it arrives, and its verdict before anything is accepted. */
export interface IngestRateLimit {
  /**
   * Sends the count for this request and goes on at once, so the body is read and checked while Redis answers. A
   * publisher that was over the limit in this window waits here for the verdict instead: a flood is turned away
   * without reading its bodies.
   */
  count: RequestHandler;
  /**
   * Resolves when this request's own count is in and within the limit; rejects with 429 rate_limited or 503
   * unavailable. Every request waits for it: only Redis knows what the other API processes counted.
   */
  verdict(res: Response): Promise<void>;
  /**
   * The body parser's `verify` hook: notes the size of a body that came without Content-Length (chunked), which
   * `verdict` then charges.
   */
  measureBody(req: Request, res: Response, body: Buffer): void;
  /**
   * Route error handler: a request that failed after it was counted (a bad body, a wrong type) answers 429 when it
   * was over the limit too, as if the limit had been checked before anything else.
   */
  verdictFirst: ErrorRequestHandler;
}

/**
 * Counts requests and body bytes per publisher (see publisherOf: a key's digest, never the key, or a loopback
 * address); `count`
 * runs after createPublisherAuth, and the route waits for `verdict` before it accepts anything.
 * Over the limit: 429 rate_limited with Retry-After. Redis unreachable: 503 unavailable (never let traffic through
 * unlimited, never hang).
 * @example
 * const limit = createIngestRateLimit({ redis, keys, limit: 1200, windowSeconds: 60 });
 * router.post('/v1/updates', auth, limit.count, express.json(), async (req, res) => { …; await limit.verdict(res); … }, limit.verdictFirst);
 */
export function createIngestRateLimit(options: IngestRateLimitOptions): IngestRateLimit {
  const limiter = rateLimit({
    windowMs: options.windowSeconds * 1000,
    limit: options.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: new RedisStore({ sendCommand: sendCommandFor(options.redis), prefix: options.keys.rateLimitPrefix }),
    keyGenerator: (_req, res) => publisherOf(res),
    // Our keys are digests or loopback addresses, never a client-chosen IPv6 subnet; forwarding headers are read
    // (from trusted proxies only) for the publisher's address, not by express-rate-limit.
    validate: { keyGeneratorIpFallback: false, xForwardedForHeader: false },
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
  // express-rate-limit hands a store error to next() (it does not throw): anything but our own 429 is Redis failing.
  const storeFailed = (error: unknown) =>
    new AppError('unavailable', 'the rate limiter cannot reach Redis; nothing was accepted', { retryAfter: 2, cause: error });
  /** Each counted request's verdict: undefined within the limit, else the error to answer with. */
  const verdicts = new WeakMap<Response, Promise<AppError | undefined>>();
  /** Publishers over the limit, until their window ends: their next requests wait for the verdict first. */
  const limitedUntil = new Map<string, number>();

  /**
   * Charges body bytes to the publisher; refuses (429) when the window's total passes byteLimit. Charging 0 (a body
   * of unknown length, before it is read) still refuses a publisher already past it.
   */
  const chargeBytes = async (publisher: string, bytes: number): Promise<AppError | undefined> => {
    if (bytes < 0) return undefined;
    let total: number;
    let ttlMs: number;
    try {
      ({ total, ttlMs } = await addToWindow(options.redis, options.keys.ingestBytes(publisher), bytes, options.windowSeconds * 1000));
    } catch (error) {
      return storeFailed(error);
    }
    if (total <= options.byteLimit) return undefined;
    const retryAfter = Math.max(1, Math.ceil(ttlMs / 1000));
    limitedUntil.set(publisher, Date.now() + Math.max(ttlMs, 0));
    return new AppError(
      'rate_limited',
      `more than ${options.byteLimit} bytes of ingest bodies in ${options.windowSeconds} s; nothing was accepted`,
      { retryAfter },
    );
  };

  /** Charges, once, what measureBody found beyond the announced length. */
  const chargeUncharged = async (res: Response): Promise<AppError | undefined> => {
    const bytes = res.locals.unchargedBodyBytes;
    if (typeof bytes !== 'number' || bytes === 0) return undefined;
    res.locals.unchargedBodyBytes = 0;
    return chargeBytes(publisherOf(res), bytes);
  };

  const judge = (req: Request, res: Response): Promise<AppError | undefined> =>
    Promise.all([countRequest(req, res), chargeBytes(publisherOf(res), declaredBytes(req))]).then(
      ([request, bytes]) => request ?? bytes,
    );

  const countRequest = (req: Request, res: Response): Promise<AppError | undefined> =>
    new Promise<AppError | undefined>((resolve) => {
      Promise.resolve(
        limiter(req, res, (error?: unknown) => {
          if (error === undefined || error === 'route' || error === 'router') resolve(undefined);
          else resolve(error instanceof AppError ? error : storeFailed(error));
        }),
      ).catch((error: unknown) => resolve(storeFailed(error)));
    }).then((refusal) => {
      const info = (req as { rateLimit?: { remaining?: number; resetTime?: Date } }).rateLimit;
      const publisher = publisherOf(res);
      // The request that used up the window marks its publisher too: the next one would be refused.
      if (refusal?.code === 'rate_limited' || info?.remaining === 0) {
        limitedUntil.set(publisher, info?.resetTime?.getTime() ?? Date.now() + options.windowSeconds * 1000);
      }
      return refusal;
    });

  return {
    count(req, res, next) {
      if (options.redis.status !== 'ready') {
        throw new AppError('unavailable', 'Redis is unreachable; nothing was accepted', { retryAfter: 2 });
      }
      const publisher = publisherOf(res);
      const verdict = judge(req, res);
      verdicts.set(res, verdict);
      const until = limitedUntil.get(publisher);
      if (until !== undefined && until <= Date.now()) limitedUntil.delete(publisher);
      if (until !== undefined && until > Date.now()) {
        void verdict.then((refusal) => next(refusal));
        return;
      }
      next();
    },
    async verdict(res) {
      const refusal = await verdicts.get(res);
      if (refusal) throw refusal;
      const overBytes = await chargeUncharged(res);
      if (overBytes) throw overBytes;
    },
    measureBody(req, res, body) {
      // What the body came to beyond its Content-Length: all of a chunked body, and what a compressed one inflated to.
      res.locals.unchargedBodyBytes = Math.max(0, body.length - declaredBytes(req));
    },
    verdictFirst(error, _req, res, next) {
      const verdict = verdicts.get(res);
      if (!verdict) {
        next(error);
        return;
      }
      // A body that was read but failed (bad JSON) is charged too.
      void verdict.then(async (refusal) => next(refusal ?? (await chargeUncharged(res)) ?? error));
    },
  };
}

/** The body size a request announced (Content-Length): charged as it arrives, before its body is read. */
function declaredBytes(req: Request): number {
  const length = Number(req.get('content-length'));
  return Number.isSafeInteger(length) && length > 0 ? length : 0;
}
