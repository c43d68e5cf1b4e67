// The VAPID key pair (RFC 8292): from SIRENA_VAPID_PUBLIC_KEY / _PRIVATE_KEY, or made once and kept in Redis so that
// every API process, gateway and worker signs and serves the same one.
import type { RedisClient } from '../store/redis-connection.js';
import { z } from 'zod';
import type { RedisKeys } from '../store/keys.js';

export interface VapidKeys {
  /** base64url, the 65-byte uncompressed P-256 point browsers take as applicationServerKey. */
  publicKey: string;
  /** base64url, 32 bytes. */
  privateKey: string;
}

const VapidKeysSchema = z.object({ publicKey: z.string().min(1), privateKey: z.string().min(1) });

/**
 * The configured pair, else the one in Redis, else a new one stored there (the first process to store wins).
 * @example const keys = await resolveVapidKeys(config.push.vapidKeys, redis, keys);
 */
export async function resolveVapidKeys(configured: VapidKeys | undefined, redis: RedisClient, keys: RedisKeys): Promise<VapidKeys> {
  if (configured) return configured;
  const stored = await redis.get(keys.vapidKeys);
  if (stored !== null) return VapidKeysSchema.parse(JSON.parse(stored));
  // web-push is loaded only to make the pair, once per deployment: HTTP roles start faster without it.
  const { default: webpush } = await import('web-push');
  const made = webpush.generateVAPIDKeys();
  await redis.set(keys.vapidKeys, JSON.stringify(made), 'NX');
  const kept = await redis.get(keys.vapidKeys);
  return kept === null ? made : VapidKeysSchema.parse(JSON.parse(kept));
}

/**
 * Resolves the pair on first use and keeps it (a process that starts while Redis is away still starts).
 * @example const vapid = new VapidKeyring(config.push.vapidKeys, redis, keys); (await vapid.get()).publicKey;
 */
export class VapidKeyring {
  private pending: Promise<VapidKeys> | undefined;

  constructor(
    private readonly configured: VapidKeys | undefined,
    private readonly redis: RedisClient,
    private readonly keys: RedisKeys,
  ) {}

  get(): Promise<VapidKeys> {
    this.pending ??= resolveVapidKeys(this.configured, this.redis, this.keys).catch((error: unknown) => {
      this.pending = undefined;
      throw error;
    });
    return this.pending;
  }
}
