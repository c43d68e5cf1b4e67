// A stream of updates through a Redis failover, and what must hold after it: shared by the Sentinel and Cluster
// failover tests. Every update answered 202 is stored exactly once, every SDK subscriber (resuming by since and
// epoch) has every one at least once and in seq order within an epoch, and every role is ready again by itself.
import { Queue } from 'bullmq';
import { expect } from 'vitest';
import { SirenaClient } from '../../src/client/index.js';
import { loadConfig } from '../../src/config.js';
import type { Alert } from '../../src/core/alert.js';
import { createLogger } from '../../src/observability/logger.js';
import { UPDATE_QUEUE_NAME, URGENT_QUEUE_NAME } from '../../src/queue/update-queue.js';
import { RedisKeys } from '../../src/store/keys.js';
import { createRedisConnection } from '../../src/store/redis-connection.js';
import { connectClient, postUpdate, request, startSystem, waitUntil, type TestSystem } from './system.js';

/**
 * The roles a failover test runs (API, two gateways, two workers) with SIRENA_REDIS_MIN_REPLICAS=1, on the Redis
 * topology `redis` names (REDIS_SENTINELS…, REDIS_CLUSTER_NODES); REDIS_URL points nowhere, as those take its place.
 */
export function startFailoverSystem(redis: Record<string, string>): Promise<TestSystem> {
  return startSystem({
    gateways: 2,
    workers: 2,
    redisUrl: 'redis://127.0.0.1:1',
    env: { ...redis, SIRENA_REDIS_MIN_REPLICAS: '1', SIRENA_REDIS_WAIT_TIMEOUT_MS: '500', SIRENA_INGEST_RATE_LIMIT: '100000' },
  });
}

/** What one subscriber received: each alert with the epoch its client was in. */
interface Received {
  seq: number;
  id: string;
  epoch: string | undefined;
}

export interface FailoverStreamOptions {
  updates: number;
  batch: number;
  inFlight: number;
  /** Prefix of the update ids. */
  idPrefix: string;
  /** Called once, when a third of the updates are acknowledged: kills the primary (or the slot's master). */
  kill(): Promise<void>;
  /**
   * Every update must be answered 202 within this time from the start of the stream.
   * @defaultValue 45000
   */
  streamTimeoutMs?: number;
}

/**
 * Prints what a failed failover test needs to be understood: the acknowledged updates `have` lacks (when given, under
 * `label`), then each role's last warnings and errors.
 */
function dumpRoles(sys: TestSystem, missing?: { label: string; acknowledged: Set<string>; have: Set<string> }): void {
  if (missing) console.log(missing.label, 'missing', [...missing.acknowledged].filter((id) => !missing.have.has(id)).slice(0, 20));
  for (const role of [sys.api, ...sys.gateways, ...sys.workers]) {
    console.log(role.role, role.child.exitCode ?? 'running', role.output.filter((line) => !line.includes('"level":30')).slice(-25).join('\n'));
  }
}

/**
 * Prints, for a failed failover test, what the queues hold that is not done (each job's state, attempts, last failure
 * and, when active, whose lock it is under) and the newest seq the API reads: whether a missing update waits in the
 * queue, and where, or is stored but not replayed.
 */
async function dumpQueues(sys: TestSystem): Promise<void> {
  const config = loadConfig(sys.env);
  const connection = createRedisConnection({ target: config.redis, name: 'failover-dump', logger: createLogger({ level: 'silent', role: 'test' }) });
  try {
    for (const name of [UPDATE_QUEUE_NAME, URGENT_QUEUE_NAME]) {
      const queue = new Queue(name, { connection, prefix: new RedisKeys(config.keyPrefix).bullPrefix });
      const jobs = await queue.getJobs(['active', 'wait', 'prioritized', 'delayed', 'failed', 'waiting-children']);
      const lines = await Promise.all(
        jobs.map(async (job) => {
          const state = await job.getState();
          const lock = state === 'active' ? await connection.get(`${queue.toKey(job.id!)}:lock`) : undefined;
          const ids = (job.data as { updates?: { id: string }[] }).updates?.map((update) => update.id) ?? [];
          return `${job.id} ${state} attempts ${job.attemptsMade} ${job.failedReason ?? ''} ${lock ? `lock ${lock}` : ''} updates ${ids[0]}…${ids.at(-1)}`;
        }),
      );
      console.log(`queue ${name}: ${jobs.length} not done`, JSON.stringify(await queue.getJobCounts()), `\n${lines.join('\n')}`);
      await queue.close();
    }
    const newest = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', '/v1/alerts?limit=1');
    console.log('newest seq the API reads', newest.body.alerts?.[0]?.seq);
  } catch (error) {
    console.log('queue dump failed', String(error));
  } finally {
    connection.disconnect();
  }
}

/**
 * Three SDK subscribers on troops (each starting on another gateway and failing over to the other), then the stream:
 * batches posted `inFlight` at a time, each until answered 202 (503 during the failover: the same ids again).
 * @example const run = await streamThroughFailover(sys, { updates: 2000, batch: 20, inFlight: 4, idPrefix: 's', kill });
 */
export async function streamThroughFailover(sys: TestSystem, options: FailoverStreamOptions) {
  const urls = sys.gateways.map((gateway) => gateway.url);
  const subscribers = Array.from({ length: 3 }, (_, i) => {
    const client = new SirenaClient({
      url: i % 2 === 0 ? urls : [...urls].reverse(),
      topics: ['troops'],
      reconnectionDelayMs: 100,
      reconnectionDelayMaxMs: 500,
      socketOptions: { transports: ['websocket'] },
    });
    const received: Received[] = [];
    client.on('alert', (alert: Alert) => received.push({ seq: alert.seq, id: alert.id, epoch: client.epoch }));
    client.on('error', () => undefined);
    return { client, received };
  });
  await waitUntil(() => subscribers.every(({ client }) => client.state === 'live'), 'every subscriber live');

  const acknowledged = new Set<string>();
  let refused = 0;
  /** What the API answered when it refused (status and error code, or the fetch error), with counts. */
  const refusals = new Map<string, number>();
  // The stream must be acknowledged within this time: a refusal that never ends fails with what was answered instead
  // of running into the test's timeout.
  const streamDeadline = Date.now() + (options.streamTimeoutMs ?? 45_000);
  const post = async (from: number) => {
    const updates = Array.from({ length: options.batch }, (_, k) => ({
      id: `${options.idPrefix}-${from + k}`,
      text: `Troops rotated near the border, report ${from + k}`,
      topics: ['troops'],
    }));
    for (;;) {
      const answer = await postUpdate(sys, { updates }, {}, { timeoutMs: 10_000 }).catch((error: unknown) => String(error));
      if (typeof answer !== 'string' && answer.status === 202) {
        for (const update of updates) acknowledged.add(update.id);
        return;
      }
      refused += 1;
      const why = typeof answer === 'string' ? answer : `${answer.status} ${answer.body.error?.code ?? ''}`;
      refusals.set(why, (refusals.get(why) ?? 0) + 1);
      if (Date.now() > streamDeadline) {
        dumpRoles(sys);
        throw new Error(`updates still refused after the stream's deadline (${acknowledged.size} acknowledged): ${JSON.stringify([...refusals])}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  let next = 0;
  let killed = false;
  const stream = Promise.all(
    Array.from({ length: options.inFlight }, async () => {
      while (next < options.updates) {
        const from = next;
        next += options.batch;
        await post(from);
        if (!killed && acknowledged.size >= options.updates / 3) {
          killed = true;
          await options.kill();
        }
      }
    }),
  );
  return {
    /** Resolves once the kill happened (mid-stream). */
    killed: () => waitUntil(() => killed, 'the kill', 20_000),
    /** Resolves when every update was answered 202; checks that some were refused during the failover. */
    async finished() {
      await stream;
      expect(acknowledged.size).toBe(options.updates);
      expect(refused).toBeGreaterThan(0);
    },
    /** Every update stored exactly once, delivered to every subscriber in order within an epoch; every role back. */
    async expectAllDelivered() {
      const replayAll = async () => {
        const reader = await connectClient(urls[0]!);
        try {
          const ack = await reader.subscribe({ topics: ['troops'], since: 0 });
          if (!ack.ok) throw new Error(`replay refused: ${JSON.stringify(ack)}`);
          return reader.alerts.map((alert) => alert.id);
        } finally {
          reader.close();
        }
      };
      let lastCount = 0;
      await waitUntil(async () => {
        lastCount = new Set(await replayAll().catch(() => [])).size;
        return lastCount >= options.updates;
      }, 'every update stored', 45_000).catch(async (error: unknown) => {
        const ids = new Set(await replayAll().catch(() => []));
        dumpRoles(sys, { label: `stored ${lastCount}`, acknowledged, have: ids });
        await dumpQueues(sys);
        throw error;
      });
      // A replay from 0 sends every stored version: each update exactly once.
      const stored = await replayAll();
      expect(stored).toHaveLength(options.updates);
      expect(new Set(stored)).toEqual(acknowledged);

      for (const { client, received } of subscribers) {
        await waitUntil(() => new Set(received.map((r) => r.id)).size >= options.updates, `a subscriber to have all ${options.updates}`, 20_000).catch(
          (error: unknown) => {
            const have = new Set(received.map((r) => r.id));
            dumpRoles(sys, { label: `subscriber ${client.state} ${client.epoch} has ${have.size}`, acknowledged, have });
            throw error;
          },
        );
        const byEpoch = new Map<string | undefined, number[]>();
        for (const { seq, epoch } of received) byEpoch.set(epoch, [...(byEpoch.get(epoch) ?? []), seq]);
        for (const seqs of byEpoch.values()) for (let i = 1; i < seqs.length; i += 1) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
        client.close();
      }

      for (const role of [sys.api, ...sys.gateways]) {
        await waitUntil(async () => (await request(role.url, 'GET', '/readyz')).status === 200, `${role.role} ready`, 20_000);
      }
      for (const role of [sys.api, ...sys.gateways, ...sys.workers]) expect(role.child.exitCode, role.role).toBeNull();
      const after = await connectClient(urls[1]!);
      await after.subscribe({ topics: ['troops'] });
      const id = `${options.idPrefix}-after`;
      await waitUntil(async () => (await postUpdate(sys, { id, text: 'Troops rotated, report after', topics: ['troops'] })).status === 202, 'ingest');
      expect((await after.waitForAlerts(1, 20_000))[0]).toMatchObject({ id });
      after.close();
    },
  };
}
