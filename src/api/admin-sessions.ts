// Admin sign-in sessions in Redis (the cookie holds a random session value, never the admin token) and the
// throttle on failed sign-ins per client address.
import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AppError } from '../core/app-error.js';
import type { RedisKeys } from '../store/keys.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface AdminSessionsOptions {
  redis: Redis;
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
  private readonly tokenDigest: string;

  constructor(private readonly options: AdminSessionsOptions) {
    this.ttlSeconds = options.ttlSeconds ?? 43_200;
    this.maxFailures = options.maxFailures ?? 10;
    this.failureWindowSeconds = options.failureWindowSeconds ?? 900;
    this.tokenDigest = sha256(options.token);
  }

  /** A new session; its value goes into the cookie. */
  async create(): Promise<string> {
    const value = randomBytes(32).toString('base64url');
    await this.options.redis.set(this.options.keys.adminSession(sha256(value)), this.tokenDigest, 'EX', this.ttlSeconds);
    return value;
  }

  async isValid(value: string): Promise<boolean> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(value)) return false;
    return (await this.options.redis.get(this.options.keys.adminSession(sha256(value)))) === this.tokenDigest;
  }

  async revoke(value: string): Promise<void> {
    await this.options.redis.del(this.options.keys.adminSession(sha256(value)));
  }

  /** Throws 429 rate_limited while the address has used up its failed sign-ins. */
  async assertMayTry(address: string): Promise<void> {
    const key = this.options.keys.adminLoginFailures(address);
    const [failures, ttl] = await Promise.all([this.options.redis.get(key), this.options.redis.ttl(key)]);
    if (Number(failures ?? 0) >= this.maxFailures) {
      throw new AppError('rate_limited', `too many failed sign-ins from this address; retry in ${Math.max(ttl, 1)} s`, {
        retryAfter: Math.max(ttl, 1),
      });
    }
  }

  /** Counts a failed sign-in against the address (the window starts at its first failure). */
  async recordFailure(address: string): Promise<void> {
    const key = this.options.keys.adminLoginFailures(address);
    await this.options.redis.multi().set(key, 0, 'EX', this.failureWindowSeconds, 'NX').incr(key).exec();
  }
}
