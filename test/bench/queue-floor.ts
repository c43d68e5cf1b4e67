// The bare pipelines of test/bench/queue-floor-roles.ts (HTTP ingest → queue → a worker storing with one Lua step →
// a gateway tailing the stream; none of Sirena's own work) under the latency scenario's load: the floor the queue
// alone sets, which the latency scenario holds Sirena to.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startRedisServer, removeRedisDir } from '../helpers/redis-server.js';
import { freePort } from '../../src/roles/redis-bootstrap.js';
import { measureLatency } from './scenarios/latency.js';

/** p50/p99 (ms) of POST → 1,000 sockets through the bare pipeline queued by BullMQ or by a Streams consumer group. */
export async function measureQueueFloor(handoff: 'bullmq' | 'stream') {
  const redis = await startRedisServer();
  const ports = await Promise.all([freePort(), freePort()]);
  const roles: [string, number][] = [['api', ports[0]!], ['worker', 0], ['worker', 0], ['gateway', ports[1]!]];
  const children: ChildProcess[] = roles.map(([role, port]) =>
    fork(fileURLToPath(new URL('./queue-floor-roles.ts', import.meta.url)), [role, String(port), String(redis.port)], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, QUEUE_FLOOR_HANDOFF: handoff },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  try {
    await Promise.all(children.map((child) => new Promise((resolve) => child.once('message', resolve))));
    return await measureLatency(`http://127.0.0.1:${ports[0]}/`, `http://127.0.0.1:${ports[1]}`, (id, text) => ({ id, text, source: 'bench' }));
  } finally {
    for (const child of children) child.kill();
    await redis.stop();
    removeRedisDir(redis);
  }
}
