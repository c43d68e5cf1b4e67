// LuaScript: run a Lua script by its SHA-1, loading it with EVAL only when Redis does not have it.
import { createHash } from 'node:crypto';
import type { RedisClient } from './redis-connection.js';

/**
 * A Lua script run by EVALSHA (its SHA-1 worked out here, so nothing is loaded up front), or by EVAL when Redis does
 * not have it yet or lost it in a restart. No load can fail and stay failed while Redis is away.
 * @example const script = new LuaScript('return redis.call("GET", KEYS[1])'); await script.run(redis, ['k'], []);
 */
export class LuaScript {
  readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /** Loads it into Redis ahead of its first run (SCRIPT LOAD): the first EVALSHA then finds it. */
  async load(redis: RedisClient): Promise<void> {
    await redis.call('SCRIPT', 'LOAD', this.source);
  }

  run(redis: RedisClient, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    return this.call(redis, [keys.length, ...keys, ...args]);
  }

  /** The same, with EVAL's own arguments after the script: the number of keys, the keys, then the arguments. */
  async call(redis: RedisClient, keysAndArgs: readonly (string | number)[]): Promise<unknown> {
    try {
      return await redis.call('EVALSHA', this.sha, ...keysAndArgs);
    } catch (error) {
      // Only a missing script is retried; any other error may follow partial writes.
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    }
    return redis.call('EVAL', this.source, ...keysAndArgs);
  }
}
