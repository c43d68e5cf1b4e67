// Losing a Redis Cluster master (REDIS_CLUSTER_NODES): three masters with a replica each, started here; kill -9 of the
// master that serves Sirena's hash slot in the middle of a stream of updates. With SIRENA_REDIS_MIN_REPLICAS=1, as
// under Sentinel: every update answered 202 is in history exactly once, every subscriber (the SDK, resuming by since
// and epoch) gets every one at least once and in order within an epoch, and every role recovers by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTaggedPrefix } from '../../src/config.js';
import { startFailoverSystem, streamThroughFailover } from '../helpers/failover-stream.js';
import { startRedisCluster, type RedisClusterSet } from '../helpers/redis-topology.js';
import { waitUntil, type TestSystem } from '../helpers/system.js';

const UPDATES = 500;
const BATCH = 20;
const IN_FLIGHT = 4;

let cluster: RedisClusterSet;
let sys: TestSystem;
beforeAll(async () => {
  cluster = await startRedisCluster(3, 1);
  sys = await startFailoverSystem({ REDIS_CLUSTER_NODES: cluster.nodes });
}, 120_000);
afterAll(async () => {
  await sys?.stop();
  await cluster?.stop();
});

describe('Redis Cluster: a master lost mid-stream', () => {
  it('loses nothing acknowledged, delivers every update, and every role recovers', { timeout: 120_000 }, async () => {
    const slotKey = `${hashTaggedPrefix(sys.prefix)}seq`;
    const master = await cluster.masterFor(slotKey);
    if (!master) throw new Error('no master serves the slot');
    const run = await streamThroughFailover(sys, { updates: UPDATES, batch: BATCH, inFlight: IN_FLIGHT, idPrefix: 'c', kill: () => master.stop(true) });
    await run.killed();
    // Its replica is promoted (cluster-node-timeout 2 s); the old master comes back as the new one's replica, as an
    // operator would bring it back: SIRENA_REDIS_MIN_REPLICAS=1 needs one.
    await waitUntil(async () => {
      const now = await cluster.masterFor(slotKey);
      return now !== undefined && now !== master;
    }, 'the replica to be promoted', 30_000);
    master.start();
    await run.finished();
    await run.expectAllDelivered();
  });
});
