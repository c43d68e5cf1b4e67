// Sirena's update worker (createUpdateWorker, as the worker role makes it) after its connection to Redis broke: a job
// Redis holds as the worker's that the worker never received (the reply of its fetch lost with the connection) is given
// back on reconnect, not left until its lock lapses. The lost reply is made here on purpose: a second, manual worker
// fetches the job with the first worker's token, as the first worker's own lost fetch would have.
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { AcceptedUpdate } from '../../src/core/update.js';
import { createLogger } from '../../src/observability/logger.js';
import type { UpdateProcessor } from '../../src/queue/update-processor.js';
import { UPDATE_QUEUE_NAME } from '../../src/queue/update-queue.js';
import { createUpdateWorker } from '../../src/queue/update-worker.js';
import { RedisKeys } from '../../src/store/keys.js';
import { createRedisConnection, type RedisClient } from '../../src/store/redis-connection.js';
import { testRedisUrl, uniquePrefix, waitUntil } from '../helpers/system.js';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
});

/** Far beyond the test's waits: a job given back only when its lock lapses would fail the test. */
const LOCK_MS = 120_000;
const logger = createLogger({ level: 'silent', role: 'test' });
/** What BullMQ counts for a job that ran once and completed. */
const ATTEMPTS_OF_ONE_RUN = 1;

function connection(redisUrl = testRedisUrl()): RedisClient {
  const config = loadConfig({ REDIS_URL: redisUrl, SIRENA_KEY_PREFIX: 'test-recovery:' });
  const redis = createRedisConnection({ target: config.redis, name: 'recovery-test', logger });
  closers.push(() => redis.quit());
  return redis;
}

const job = (id: string) => ({ updates: [{ id, text: `Troops rotated, report ${id}`, receivedAt: new Date().toISOString() }] });

/** The update worker with a stand-in processor that records each update id it is given (and may hold one). */
async function setUp(redisUrl: string, hold?: { id: string; until: Promise<void> }) {
  const keys = new RedisKeys(uniquePrefix());
  const queue = new Queue(UPDATE_QUEUE_NAME, { connection: connection(redisUrl), prefix: keys.bullPrefix, defaultJobOptions: { attempts: 5, backoff: { type: 'fixed', delay: 50 } } });
  closers.push(() => queue.close());
  const ran: string[] = [];
  const process = Object.assign(
    async (updates: readonly AcceptedUpdate[]) => {
      for (const update of updates) ran.push(update.id);
      if (hold && updates.some((update) => update.id === hold.id)) await hold.until;
      return [];
    },
    { begin: () => ({ synced: Promise.resolve() }) },
  ) as unknown as UpdateProcessor;
  const workerConnection = connection(redisUrl);
  const worker = createUpdateWorker({ connection: workerConnection, keys, process, concurrency: 4, lockMs: LOCK_MS, logger });
  closers.push(() => worker.close(true));
  const failures: string[] = [];
  worker.on('failed', (_job, error) => failures.push(error.message));
  await worker.waitUntilReady();
  return { keys, queue, worker, workerConnection: workerConnection as Redis, ran, failures };
}

describe('a job handed to the worker whose connection broke before the reply', () => {
  it('is given back when the connection is ready again, and runs once; the job it runs, and other workers\' jobs, stay', { timeout: 30_000 }, async () => {
    let releaseSlow: () => void = () => undefined;
    const until = new Promise<void>((resolve) => (releaseSlow = resolve));
    const { keys, queue, worker, workerConnection, ran, failures } = await setUp(testRedisUrl(), { id: 'slow', until });
    // Jobs another fetcher takes with a token of its choosing: as if the worker (or another worker) had fetched them.
    await worker.pause();
    const grabber = new Worker(UPDATE_QUEUE_NAME, undefined, { connection: connection(testRedisUrl()), prefix: keys.bullPrefix, autorun: false, lockDuration: LOCK_MS });
    closers.push(() => grabber.close(true));
    // Prioritized, as ingest queues every update (its severity's priority).
    const grabAs = async (id: string, owner: string) => {
      await queue.add('updates', job(id), { jobId: id, priority: 5 });
      expect((await grabber.getNextJob(`${owner}:lost`, { block: false }))?.id).toBe(id);
    };
    await grabAs('orphan', worker.id);
    await grabAs('theirs', 'another-worker');
    await queue.add('updates', job('slow'), { jobId: 'slow' });
    worker.resume();
    await waitUntil(() => ran.includes('slow'), 'the worker to start its own job');

    // Redis is away for a moment: the worker's connection closes and comes back by itself.
    workerConnection.disconnect(true);
    // Within seconds, while the worker's fetch waits on the queue (a lock lapses only after 120 s here; an idle fetch
    // not woken would poll again only after BullMQ's 5 s drain delay).
    await waitUntil(() => ran.includes('orphan'), 'the orphaned job to run', 4_500);
    // Given back as the stalled-job check would: no failed attempt counted (none of the job's retries spent).
    expect(failures).toEqual([]);

    releaseSlow();
    await waitUntil(async () => (await queue.getJobState('slow')) === 'completed' && (await queue.getJobState('orphan')) === 'completed', 'both jobs done');
    // The job it was running was not taken from it, and another worker's job is left to that worker.
    expect(ran.filter((id) => id === 'slow')).toHaveLength(1);
    expect(ran.filter((id) => id === 'orphan')).toHaveLength(1);
    expect((await queue.getJob('orphan'))?.attemptsMade).toBe(ATTEMPTS_OF_ONE_RUN);
    expect(await queue.getJobState('theirs')).toBe('active');
    expect(ran).not.toContain('theirs');
  });

  it('stays where it is while the connection holds (the sweep runs only after a reconnect)', async () => {
    const { keys, queue, worker, ran } = await setUp(testRedisUrl());
    await worker.pause();
    const grabber = new Worker(UPDATE_QUEUE_NAME, undefined, { connection: connection(testRedisUrl()), prefix: keys.bullPrefix, autorun: false, lockDuration: LOCK_MS });
    closers.push(() => grabber.close(true));
    await queue.add('updates', job('orphan'), { jobId: 'orphan' });
    await grabber.getNextJob(`${worker.id}:lost`, { block: false });
    await queue.add('updates', job('next'), { jobId: 'next' });
    worker.resume();
    await waitUntil(() => ran.includes('next'), 'the worker to run the next job');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran).toEqual(['next']);
    expect(await queue.getJobState('orphan')).toBe('active');
  });
});
