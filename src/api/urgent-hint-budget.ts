// How many updates a publisher's severity hint alone may put on the urgent lane per minute, counted in Redis.
import type { RedisClient } from '../store/redis-connection.js';
import type { RedisKeys } from '../store/keys.js';
import { LuaScript } from '../store/lua-script.js';

const WINDOW_SECONDS = 60;

const TAKE_LUA = `
-- Grants up to ARGV[1] of the window's ARGV[2] to one publisher; the window starts with its first grant.
-- KEYS: 1 the publisher's counter. ARGV: 1 asked, 2 per window, 3 window s. Returns the number granted.
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local granted = math.min(tonumber(ARGV[1]), tonumber(ARGV[2]) - used)
if granted <= 0 then return 0 end
if redis.call('INCRBY', KEYS[1], granted) == granted then redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3])) end
return granted
`;
const TAKE_SCRIPT = new LuaScript(TAKE_LUA);

export interface UrgentHintBudgetOptions {
  redis: RedisClient;
  keys: RedisKeys;
  /** Updates per minute per publisher (SIRENA_URGENT_HINTS_PER_MINUTE); 0 grants none. */
  perMinute: number;
}

/**
 * The urgent lane is one worker's capacity, kept for alerts that are extreme by their own words. A `severity:
 * "extreme"` hint on an update that is not costs nothing to send, so a publisher gets a few of those a minute on
 * the lane, over every API process; the rest wait first in the routine queue. Without it, 270 crafted updates held a
 * genuine air-raid alert for 11.9 s (issue 15).
 * @example const granted = await budget.take(publisher, 3); // 0…3 of them may go on the urgent lane
 */
export class UrgentHintBudget {
  constructor(private readonly options: UrgentHintBudgetOptions) {}

  /** How many of `asked` updates the publisher may put on the urgent lane now (they are counted). */
  async take(publisher: string, asked: number): Promise<number> {
    if (asked <= 0 || this.options.perMinute === 0) return 0;
    const { redis, keys, perMinute } = this.options;
    return Number(await TAKE_SCRIPT.run(redis, [keys.urgentHints(publisher)], [asked, perMinute, WINDOW_SECONDS]));
  }
}
