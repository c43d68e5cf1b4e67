// Every role on a real three-master Redis Cluster (REDIS_CLUSTER_NODES): the pipeline end to end, retention, a
// revision and replay with since; every key (Sirena's and BullMQ's) under one hash tag, on one node.
import { Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { ReplicaAckError, waitForReplicas } from '../../src/store/redis-connection.js';
import { startRedisCluster, type RedisClusterSet } from '../helpers/redis-topology.js';
import { connectClient, postUpdate, request, startRole, startSystem, waitUntil, type TestSystem } from '../helpers/system.js';

const EDITOR = 'editor-key-cluster-0001';
let cluster: RedisClusterSet;
let sys: TestSystem;
beforeAll(async () => {
  cluster = await startRedisCluster(3);
  sys = await startSystem({
    gateways: 2,
    workers: 1,
    // REDIS_URL points nowhere: with REDIS_CLUSTER_NODES set it is ignored.
    redisUrl: 'redis://127.0.0.1:1',
    env: { REDIS_CLUSTER_NODES: cluster.nodes, SIRENA_RETENTION_COUNT: '20', SIRENA_EDITOR_KEYS: EDITOR },
  });
}, 120_000);
afterAll(async () => {
  await sys?.stop();
  await cluster?.stop();
});

describe('on Redis Cluster', () => {
  it('an update posted over HTTP reaches subscribers on every gateway', async () => {
    const clients = await Promise.all(sys.gateways.map((gateway) => connectClient(gateway.url)));
    for (const client of clients) expect(await client.subscribe({ topics: ['kyiv-air-raids'] })).toMatchObject({ ok: true, replayed: 0 });
    const posted = await postUpdate(sys, { text: 'Air-raid alert in Kyiv: drones inbound, take shelter now', id: 'cluster-1' });
    expect(posted.status).toBe(202);
    for (const client of clients) {
      const [alert] = await client.waitForAlerts(1);
      expect(alert).toMatchObject({ id: 'cluster-1', topics: ['kyiv-air-raids'], severity: 'extreme', seq: 1 });
      client.close();
    }
    const stored = await request(sys.api.url, 'GET', '/v1/alerts/cluster-1');
    expect(stored.status).toBe(200);
  });

  it('keeps retention, revises, and replays with since in order, once each', async () => {
    const live = await connectClient(sys.gateways[0]!.url);
    await live.subscribe({ topics: ['troops'] });
    const updates = Array.from({ length: 30 }, (_, i) => ({ id: `troops-${i}`, text: `Troops rotated near the border, report ${i}`, topics: ['troops'] }));
    // Several requests, so the worker appends while retention trims.
    for (let i = 0; i < 30; i += 10) expect((await postUpdate(sys, { updates: updates.slice(i, i + 10) })).status).toBe(202);
    await live.waitForAlerts(30, 20_000);
    const seqs = live.alerts.map((alert) => alert.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    // Retention (20) trimmed the oldest from the history and from the topic index (the trim script's keys).
    await waitUntil(async () => {
      const topics = await request<{ topics: { id: string; count: number }[] }>(sys.api.url, 'GET', '/v1/topics');
      const count = (id: string) => topics.body.topics.find((topic) => topic.id === id)?.count ?? 0;
      return count('troops') + count('kyiv-air-raids') <= 20 && count('troops') > 0;
    }, 'retention to trim the topic indexes');
    const history = await request<{ alerts: Alert[] }>(sys.api.url, 'GET', '/v1/alerts?limit=100');
    expect(history.body.alerts).toHaveLength(20);

    const revised = await request<Alert>(sys.api.url, 'POST', '/v1/alerts/troops-29/revisions', {
      json: { severity: 'minor', note: 'a drill' },
      headers: { authorization: `Bearer ${EDITOR}` },
    });
    expect(revised.status).toBe(201);
    expect(revised.body).toMatchObject({ id: 'troops-29', revision: 1, msgType: 'update' });

    // A client that saw the first ten resumes on the other gateway.
    const since = live.alerts[9]!.seq;
    const resumed = await connectClient(sys.gateways[1]!.url);
    const ack = await resumed.subscribe({ topics: ['troops'], since });
    expect(ack).toMatchObject({ ok: true });
    await waitUntil(() => resumed.alerts.some((alert) => alert.id === 'troops-29' && alert.revision === 1), 'the revision replayed');
    const replayed = resumed.alerts.map((alert) => alert.seq);
    expect(replayed).toEqual([...new Set(replayed)].sort((a, b) => a - b));
    expect(replayed[0]).toBeGreaterThan(since);
    // The three requests may be stored in any order (two workers): what the live client got after its tenth alert,
    // in seq order (its first 30: the revision reaches it live too), then the revision.
    expect(resumed.alerts.map((alert) => alert.id)).toEqual([...live.alerts.slice(10, 30).map((alert) => alert.id), 'troops-29']);
    live.close();
    resumed.close();
  });

  it('npm start (the supervisor and the workers it forks) runs on the cluster too', async () => {
    const main = await startRole('main', { ...sys.env, SIRENA_WORKERS: '1' });
    try {
      await waitUntil(async () => (await request(main.url, 'GET', '/readyz')).status === 200, 'npm start ready (its workers warm)', 20_000);
      expect((await postUpdate(main.url, { id: 'main-1', text: 'Foreign ministers met for talks in Ottawa' })).status).toBe(202);
      await waitUntil(async () => (await request(main.url, 'GET', '/v1/alerts/main-1')).status === 200, 'the alert stored');
    } finally {
      await main.stop();
    }
  });

  it('puts every key, BullMQ\'s too, under one hash tag on one node', async () => {
    const tag = `{${sys.prefix.replace(/:$/, '')}}`;
    const redis = new Cluster(cluster.nodes.split(',').map((node) => ({ host: '127.0.0.1', port: Number(node.split(':')[1]) })));
    try {
      await new Promise((resolve) => redis.once('ready', resolve));
      const perNode = await Promise.all(redis.nodes('master').map((node) => node.keys('*')));
      const keys = perNode.flat();
      expect(keys.length).toBeGreaterThan(10);
      expect(keys.filter((key) => !key.startsWith(tag))).toEqual([]);
      expect(keys.some((key) => key.startsWith(`${tag}:bull:`))).toBe(true);
      expect(perNode.filter((nodeKeys) => nodeKeys.length > 0)).toHaveLength(1);
      // SIRENA_REDIS_MIN_REPLICAS waits on the node serving the slot (this cluster has no replicas: 0 of 1).
      await expect(waitForReplicas(redis, `${tag}:seq`, { min: 1, timeoutMs: 50 })).rejects.toThrow(ReplicaAckError);
      await expect(waitForReplicas(redis, `${tag}:seq`, { min: 1, timeoutMs: 50 })).rejects.toThrow(/only 0 of 1 replicas/);
    } finally {
      redis.disconnect();
    }
  });
});
