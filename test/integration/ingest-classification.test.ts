// Ingest's classification carried in the job: a worker whose classifier has the same fingerprint stores it as is; any
// other worker (another rule set, another model, a learned check switched off) classifies the update itself.
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, type Classifier } from '../../src/classify/classifier.js';
import { classifierFingerprint } from '../../src/classify/classifier-fingerprint.js';
import { createIncidentMatcher } from '../../src/classify/incident-matcher.js';
import { loadTopicsFile } from '../../src/classify/topics-file.js';
import type { AcceptedUpdate } from '../../src/core/update.js';
import { createLogger } from '../../src/observability/logger.js';
import { createUpdateProcessor } from '../../src/queue/update-processor.js';
import { UpdateJobSchema } from '../../src/queue/update-queue.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { RedisKeys } from '../../src/store/keys.js';
import { RecentAlerts } from '../../src/store/recent-alerts.js';
import { connectClient, postUpdate, startRole, startSystem, testRedisUrl, uniquePrefix, type TestSystem } from '../helpers/system.js';

const logger = createLogger({ level: 'silent', role: 'test' });
const WINDOW_MS = 3_600_000;
const AIR_RAID = 'Air-raid alert in Kyiv: drones inbound, take shelter now';

let redis: Redis;
const recents: RecentAlerts[] = [];
beforeAll(() => {
  redis = new Redis(testRedisUrl());
});
afterEach(async () => {
  await Promise.all(recents.splice(0).map((recent) => recent.stop()));
});
afterAll(async () => {
  await redis.quit();
});

/** A processor on a fresh key prefix whose classifier counts its calls. */
async function processorWith(fingerprint: string | undefined) {
  const topicsFile = await loadTopicsFile(undefined);
  const real = createClassifier(topicsFile);
  let calls = 0;
  const classifier: Classifier = {
    topics: real.topics,
    classify: (update, options) => {
      calls += 1;
      return real.classify(update, options);
    },
  };
  const store = new AlertStore({ redis, keys: new RedisKeys(uniquePrefix()), retention: { count: 10_000, seconds: 3600 }, idempotencySeconds: 3600 });
  const candidates = new RecentAlerts({ store, connection: new Redis(testRedisUrl()), logger, topics: real.topics.map((topic) => topic.id), windowMs: WINDOW_MS });
  recents.push(candidates);
  await candidates.start();
  const process = createUpdateProcessor({
    store,
    candidates,
    classifier,
    ...(fingerprint !== undefined && { classifierFingerprint: fingerprint }),
    matcher: createIncidentMatcher({ windowMs: WINDOW_MS, topics: topicsFile }),
    incidentWindowMs: WINDOW_MS,
  });
  return { process, store, calls: () => calls };
}

const accepted = (id: string, overrides: Partial<AcceptedUpdate> = {}): AcceptedUpdate => ({
  id,
  text: AIR_RAID,
  receivedAt: new Date().toISOString(),
  ...overrides,
});
/** What ingest would carry: deliberately not what the classifier says of the text, so its use shows. */
const carried = (by: string, topics = ['diplomacy']) => ({ by, topics, severity: 'minor' as const, reasons: ['topic diplomacy: carried from ingest'] });

describe('a job that carries ingest’s classification', () => {
  it('is stored with it, without classifying again, by a worker of the same fingerprint', async () => {
    const { process, store, calls } = await processorWith('fp-1');
    const [result] = await process([accepted('ic-1', { classification: carried('fp-1') })]);
    expect(calls()).toBe(0);
    expect(result!.alert).toMatchObject({ topics: ['diplomacy'], severity: 'minor', reasons: ['topic diplomacy: carried from ingest'] });
    expect(await store.get('ic-1')).toMatchObject({ topics: ['diplomacy'], severity: 'minor' });
  });

  it('is classified again by a worker of another fingerprint, or of none', async () => {
    for (const fingerprint of ['fp-2', undefined]) {
      const { process, calls } = await processorWith(fingerprint);
      const [result] = await process([accepted(`ic-other-${fingerprint}`, { classification: carried('fp-1') })]);
      expect(calls()).toBe(1);
      expect(result!.alert).toMatchObject({ topics: ['kyiv-air-raids'], severity: 'extreme' });
      expect(result!.alert.reasons).not.toContain('topic diplomacy: carried from ingest');
    }
  });

  it('is classified again when it names a topic this worker does not have', async () => {
    const { process, calls } = await processorWith('fp-1');
    const [result] = await process([accepted('ic-unknown', { classification: carried('fp-1', ['elsewhere']) })]);
    expect(calls()).toBe(1);
    expect(result!.alert.topics).toEqual(['kyiv-air-raids']);
  });

  it('a job whose classification does not parse still runs: the classification is dropped, the update kept', () => {
    const receivedAt = new Date().toISOString();
    for (const classification of [{ by: 'fp-1', topics: [], severity: 'minor', reasons: [] }, { by: 'fp-1', topics: ['troops'], severity: 'dire', reasons: [] }, 'minor']) {
      const parsed = UpdateJobSchema.safeParse({ updates: [{ id: 'ic-bad', text: AIR_RAID, receivedAt, classification }] });
      expect(parsed.success).toBe(true);
      expect(parsed.data!.updates[0]).toMatchObject({ id: 'ic-bad', text: AIR_RAID });
      expect(parsed.data!.updates[0]!.classification).toBeUndefined();
    }
  });
});

describe('classifierFingerprint', () => {
  it('is the same for the same rules and models, and differs when a check is off or the rules differ', async () => {
    const topicsFile = await loadTopicsFile(undefined);
    const on = { severity: 'dist/model/severity-check.json', topic: 'dist/model/topic-check.json' };
    const a = classifierFingerprint(topicsFile, on);
    expect(classifierFingerprint(topicsFile, on)).toBe(a);
    expect(classifierFingerprint(topicsFile, { ...on, severity: undefined })).not.toBe(a);
    expect(classifierFingerprint(topicsFile, { ...on, topic: undefined })).not.toBe(a);
    const fewer = { ...topicsFile, topics: topicsFile.topics.slice(1) };
    expect(classifierFingerprint(fewer, on)).not.toBe(a);
  });
});

describe('API and worker with different classifiers', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    // The API runs the learned severity check; the worker runs the rules alone.
    sys = await startSystem({ gateways: 1, workers: 0 });
    sys.workers.push(await startRole('worker', { ...sys.env, SIRENA_SEVERITY_CHECK: 'off' }));
  });
  afterAll(async () => {
    await sys?.stop();
  });

  it('the worker stores its own classification, not the API’s', async () => {
    const client = await connectClient(sys.gateways[0]!.url);
    await client.subscribe({ topics: ['general'] });
    // The rules read an attack and give severe; the learned check (the API's, not this worker's) reads a promise.
    const text = 'The mayor promised that every window broken in the strikes this spring will be replaced by the city before winter.';
    expect((await postUpdate(sys, { text, id: 'fp-mixed-1' })).status).toBe(202);
    const [alert] = await client.waitForAlerts(1);
    expect(alert).toMatchObject({ id: 'fp-mixed-1', topics: ['general'], severity: 'severe' });
    expect(alert!.reasons.join('\n')).not.toMatch(/learned check/);
    client.close();
  });
});
