// Admin sign-in sessions in Redis (the cookie holds a random session value, never the admin token) and the
// throttle on failed sign-ins per client address.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RedisClient } from '../store/redis-connection.js';
import { AppError } from '../core/app-error.js';
import type { RedisKeys } from '../store/keys.js';
import { addToWindow } from '../store/window-counter.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface AdminSessionsOptions {
  redis: RedisClient;
  keys: RedisKeys;
  /** SIRENA_ADMIN_TOKEN: a session made with another token (it was rotated) is no longer valid. */
  token: string;
  /**
   * How long a sign-in lasts (seconds).
   * @defaultValue 43200 (12 hours)
   */
  ttlSeconds?: number;
  /**
   * Failed sign-ins one address may make per window before it is refused with 429.
   * @defaultValue 10
   */
  maxFailures?: number;
  /**
   * The failure window (seconds), from the first failure.
   * @defaultValue 900 (15 minutes)
   */
  failureWindowSeconds?: number;
}

/**
 * @example
 * const sessions = new AdminSessions({ redis, keys, token: config.adminToken });
 * const value = await sessions.create(); // the cookie's value
 * await sessions.isValid(value); // true until it expires, is revoked, or the admin token changes
 */
export class AdminSessions {
  readonly ttlSeconds: number;
  private readonly maxFailures: number;
  private readonly failureWindowSeconds: number;
  private readonly token: string;

  constructor(private readonly options: AdminSessionsOptions) {
    this.ttlSeconds = options.ttlSeconds ?? 43_200;
    this.maxFailures = options.maxFailures ?? 10;
    this.failureWindowSeconds = options.failureWindowSeconds ?? 900;
    this.token = options.token;
  }

  /** What Redis keeps of a session: an HMAC of its value keyed by the admin token (nothing that reveals the token). */
  private seal(value: string): string {
    return createHmac('sha256', this.token).update(value).digest('hex');
  }

  /** A new session; its value goes into the cookie. */
  async create(): Promise<string> {
    const value = randomBytes(32).toString('base64url');
    await this.options.redis.set(this.options.keys.adminSession(sha256(value)), this.seal(value), 'EX', this.ttlSeconds);
    return value;
  }

  async isValid(value: string): Promise<boolean> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(value)) return false;
    const stored = await this.options.redis.get(this.options.keys.adminSession(sha256(value)));
    if (stored === null || !/^[0-9a-f]{64}$/.test(stored)) return false;
    // Made with another token (it was rotated): no longer valid.
    return timingSafeEqual(Buffer.from(stored, 'hex'), Buffer.from(this.seal(value), 'hex'));
  }

  async revoke(value: string): Promise<void> {
    await this.options.redis.del(this.options.keys.adminSession(sha256(value)));
  }

  /**
   * Counts an attempt with the admin token from an address (the sign-in form, or a bearer header) before it is
   * judged; throws 429 rate_limited once the address has made more than maxFailures failed ones in the window.
   * Returns what to call when the attempt succeeded: it is then taken off the count.
   */
  async attempt(address: string): Promise<() => Promise<void>> {
    const key = this.options.keys.adminLoginFailures(address);
    // Counted before it is judged, so parallel guesses cannot all pass a check made before any is counted.
    const { total: count, ttlMs } = await addToWindow(this.options.redis, key, 1, this.failureWindowSeconds * 1000);
    if (count > this.maxFailures) {
      await this.options.redis.decr(key);
      const retryAfter = Math.max(1, Math.ceil(ttlMs / 1000));
      throw new AppError('rate_limited', `too many failed admin sign-ins from this address; retry in ${retryAfter} s`, { retryAfter });
    }
    return async () => {
      await this.options.redis.decr(key);
    };
  }
}
