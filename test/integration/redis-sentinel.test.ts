// Losing Redis's primary under Sentinel (REDIS_SENTINELS): a primary, a replica and three sentinels started here, kill
// -9 of the primary in the middle of a stream of 2,000 updates. With SIRENA_REDIS_MIN_REPLICAS=1: every update
// answered 202 is in history exactly once, every subscriber (the SDK, resuming by since and epoch) gets every one at
// least once and in order within an epoch, and every role recovers by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFailoverSystem, streamThroughFailover } from '../helpers/failover-stream.js';
import { startSentinelSet, type SentinelSet } from '../helpers/redis-topology.js';
import { waitUntil, type TestSystem } from '../helpers/system.js';

const UPDATES = 2_000;
const BATCH = 20;
const IN_FLIGHT = 4;

let set: SentinelSet;
let sys: TestSystem;
beforeAll(async () => {
  set = await startSentinelSet();
  sys = await startFailoverSystem({ REDIS_SENTINELS: set.sentinels, REDIS_SENTINEL_NAME: set.name });
}, 120_000);
afterAll(async () => {
  await sys?.stop();
  await set?.stop();
});

describe('Sentinel failover mid-stream', () => {
  it('loses nothing acknowledged, delivers every update, and every role recovers', { timeout: 150_000 }, async () => {
    const run = await streamThroughFailover(sys, { updates: UPDATES, batch: BATCH, inFlight: IN_FLIGHT, idPrefix: 's', streamTimeoutMs: 60_000, kill: () => set.primary.stop(true) });
    // Once every sentinel names the promoted replica, the old primary comes back (empty) as a replica of it, as an
    // operator would bring it back (README): SIRENA_REDIS_MIN_REPLICAS=1 needs one. (Sentinel would demote it too, but
    // only after it has answered as a primary for about 8 s.) With replica-priority 0, as the README asks of a node that
    // rejoins empty: a second failover while it is still syncing (the new primary slow to answer a sentinel on a loaded
    // machine) must not promote it, which would lose what was acknowledged. One full-suite run on 2026-12-05 failed in
    // a way that fits that (a new epoch 7 s after the kill, the first updates missing); it was not reproduced.
    const oldPrimary = set.primary.port;
    await run.killed();
    const newPrimary = await waitUntil(async () => {
      const port = await set.primaryPort();
      return port !== undefined && port !== oldPrimary ? port : undefined;
    }, 'the sentinels to fail over', 20_000);
    set.primary.start(['--replicaof', '127.0.0.1', String(newPrimary), '--replica-priority', '0']);
    await run.finished();
    await run.expectAllDelivered();
  });
});
