// A counter per window in Redis: adds to it, the window starting with the first addition; every API process shares it.
import type { RedisClient } from './redis-connection.js';
import { LuaScript } from './lua-script.js';

/** Adds ARGV[1] to KEYS[1]; the first addition (total = amount) starts the window of ARGV[2] ms. */
const ADD = new LuaScript(`
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
if total == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {total, redis.call('PTTL', KEYS[1])}
`);

/**
 * Adds `amount` (0 reads the total) and answers the window's total and the milliseconds it has left.
 * @example const { total, ttlMs } = await addToWindow(redis, key, bytes, 60_000);
 */
export async function addToWindow(redis: RedisClient, key: string, amount: number, windowMs: number): Promise<{ total: number; ttlMs: number }> {
  const [total, ttlMs] = (await ADD.run(redis, [key], [amount, windowMs])) as [number, number];
  return { total, ttlMs };
}
