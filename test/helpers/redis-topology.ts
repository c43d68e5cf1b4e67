// Starts the Redis topologies users run beyond one server, for tests: a primary with a replica watched by three
// Sentinels, and a three-master Redis Cluster. Free ports, temporary directories, never the machine's 6379.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../src/roles/redis-bootstrap.js';
import { waitForRedisAnswer, withThrowawayClient } from '../../src/store/redis-connection.js';
import { waitUntil } from './system.js';

const run = promisify(execFile);

/** One redis-server process (a data node or a sentinel). */
class RedisProcess {
  private child!: ChildProcess;
  private exited!: Promise<void>;

  constructor(
    readonly port: number,
    private readonly args: string[],
  ) {
    this.start();
  }

  /** Starts it (again, after stop: same port, same directory, no data kept), with `extra` arguments. */
  start(extra: string[] = []): void {
    this.child = spawn('redis-server', [...this.args, ...extra], { stdio: 'ignore' });
    const child = this.child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** SIGKILL (a crash) or SIGTERM. */
  async stop(hard = false): Promise<void> {
    if (this.running) this.child.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await this.exited;
  }
}

function launch(args: string[], port: number): RedisProcess {
  return new RedisProcess(port, args);
}

/**
 * A port another process took between `freePort` and our redis-server binding it (the suite starts Sentinel and Cluster
 * topologies side by side): the set is made again on other ports.
 */
class PortTaken extends Error {}

/** Throws PortTaken unless each process runs and is the one answering on its port (INFO's process_id). */
async function assertOwnPorts(processes: readonly RedisProcess[]): Promise<void> {
  for (const proc of processes) {
    const id = proc.running ? /process_id:(\d+)/.exec(await info(proc.port, 'server').catch(() => ''))?.[1] : undefined;
    if (id === undefined || Number(id) !== proc.pid) throw new PortTaken(`port ${proc.port} is another process's`);
  }
}

/** Makes a set, again on other ports when one was taken meanwhile (at most three tries). */
async function onFreePorts<T>(make: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await make();
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
}

const dataNodeArgs = (port: number, dir: string) => ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];

export interface SentinelSet {
  /** The primary's name the sentinels monitor it under (REDIS_SENTINEL_NAME). */
  name: string;
  /** `host:port,…` of the three sentinels (REDIS_SENTINELS). */
  sentinels: string;
  primary: RedisProcess;
  replica: RedisProcess;
  /** The port of the node every sentinel names primary now (undefined while they disagree or cannot answer). */
  primaryPort(): Promise<number | undefined>;
  stop(): Promise<void>;
}

/**
 * A primary, one replica of it and three sentinels (quorum 2) that fail over within about 2 s of the primary dying.
 * @example const set = await startSentinelSet(); … await set.primary.stop(true); // kill -9
 */
export function startSentinelSet(): Promise<SentinelSet> {
  return onFreePorts(startSentinelSetOnce);
}

async function startSentinelSetOnce(): Promise<SentinelSet> {
  const dir = mkdtempSync(join(tmpdir(), 'sirena-test-sentinel-'));
  const name = 'sirena-test';
  const [primaryPort, replicaPort, ...sentinelPorts] = await Promise.all(Array.from({ length: 5 }, () => freePort())) as [number, number, ...number[]];
  const processes: RedisProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((proc) => proc.stop(true)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const port of [primaryPort, replicaPort]) mkdirSync(join(dir, String(port)));
    const primary = launch(dataNodeArgs(primaryPort, join(dir, String(primaryPort))), primaryPort);
    processes.push(primary);
    const replica = launch([...dataNodeArgs(replicaPort, join(dir, String(replicaPort))), '--replicaof', '127.0.0.1', String(primaryPort)], replicaPort);
    processes.push(replica);
    await Promise.all([primaryPort, replicaPort].map((port) => waitForRedisAnswer(`redis://127.0.0.1:${port}`, 10_000)));
    await assertOwnPorts(processes);
    await waitUntil(async () => (await info(replicaPort, 'replication')).includes('master_link_status:up'), 'the replica to sync', 10_000);
    for (const port of sentinelPorts) {
      // Sentinel rewrites its configuration file, so each has one of its own.
      const conf = join(dir, `sentinel-${port}.conf`);
      writeFileSync(
        conf,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${dir}`,
          `sentinel monitor ${name} 127.0.0.1 ${primaryPort} 2`,
          `sentinel down-after-milliseconds ${name} 1000`,
          `sentinel failover-timeout ${name} 5000`,
          `sentinel parallel-syncs ${name} 1`,
          '',
        ].join('\n'),
      );
      processes.push(launch([conf, '--sentinel'], port));
    }
    await Promise.all(sentinelPorts.map((port) => waitForRedisAnswer(`redis://127.0.0.1:${port}`, 10_000)));
    await assertOwnPorts(processes);
    const askSentinels = async (): Promise<number | undefined> => {
      const answers = new Set<number>();
      for (const port of sentinelPorts) {
        try {
          const [, answer] = (await ask(port, 'SENTINEL', 'get-master-addr-by-name', name)) as [string, string];
          answers.add(Number(answer));
        } catch {
          return undefined;
        }
      }
      return answers.size === 1 ? [...answers][0] : undefined;
    };
    // Every sentinel knows the replica and the other sentinels before a test kills anything.
    await waitUntil(async () => {
      for (const port of sentinelPorts) {
        const fields = await sentinelMaster(port, name);
        if (fields.get('num-other-sentinels') !== '2' || fields.get('num-slaves') !== '1') return false;
      }
      return true;
    }, 'the sentinels to know each other and the replica', 20_000);
    return {
      name,
      sentinels: sentinelPorts.map((port) => `127.0.0.1:${port}`).join(','),
      primary,
      replica,
      primaryPort: askSentinels,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface RedisClusterSet {
  /** `host:port,…` of every node made (REDIS_CLUSTER_NODES). */
  nodes: string;
  /** The data node serving `key`'s hash slot as master now (undefined while the cluster cannot say). */
  masterFor(key: string): Promise<RedisProcess | undefined>;
  stop(): Promise<void>;
}

/**
 * A Redis Cluster of `masters` masters, each with `replicas` replicas (none by default), made with
 * `redis-cli --cluster create`; a master that dies is replaced by its replica within about 2-4 s.
 * @example const cluster = await startRedisCluster(); env.REDIS_CLUSTER_NODES = cluster.nodes;
 */
export function startRedisCluster(masters = 3, replicas = 0): Promise<RedisClusterSet> {
  return onFreePorts(() => startRedisClusterOnce(masters, replicas));
}

async function startRedisClusterOnce(masters: number, replicas: number): Promise<RedisClusterSet> {
  const dir = mkdtempSync(join(tmpdir(), 'sirena-test-cluster-'));
  const ports = await Promise.all(Array.from({ length: masters * (1 + replicas) }, () => freePort()));
  const processes: RedisProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((proc) => proc.stop(true)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const port of ports) {
      const nodeDir = join(dir, String(port));
      mkdirSync(nodeDir);
      processes.push(
        launch([...dataNodeArgs(port, nodeDir), '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '2000'], port),
      );
    }
    await Promise.all(ports.map((port) => waitForRedisAnswer(`redis://127.0.0.1:${port}`, 10_000)));
    await assertOwnPorts(processes);
    const nodes = ports.map((port) => `127.0.0.1:${port}`);
    await run('redis-cli', ['--cluster', 'create', ...nodes, '--cluster-replicas', String(replicas), '--cluster-yes']);
    await waitUntil(async () => {
      for (const port of ports) if (!(await clusterInfo(port)).includes('cluster_state:ok')) return false;
      return true;
    }, 'the cluster to be ok on every node', 20_000);
    // Every replica linked to its master before a test kills anything.
    if (replicas > 0) {
      await waitUntil(async () => {
        let linked = 0;
        for (const port of ports) if ((await info(port, 'replication')).includes('master_link_status:up')) linked += 1;
        return linked === masters * replicas;
      }, 'every replica to sync', 20_000);
    }
    const masterFor = async (key: string): Promise<RedisProcess | undefined> => {
      const asked = processes.find((proc) => proc.running);
      if (!asked) return undefined;
      try {
        const slot = Number(await ask(asked.port, 'CLUSTER', 'KEYSLOT', key));
        // CLUSTER NODES: id host:port@bus flags master ping pong epoch state slots…
        for (const line of String(await ask(asked.port, 'CLUSTER', 'NODES')).split('\n')) {
          const [, address, flags, , , , , state, ...ranges] = line.split(' ');
          if (!flags?.split(',').includes('master') || flags.includes('fail') || state !== 'connected') continue;
          const serves = ranges.some((range) => {
            const [from, to = from] = range.split('-').map(Number);
            return from !== undefined && to !== undefined && slot >= from && slot <= to;
          });
          if (serves) return processes.find((proc) => proc.port === Number(address!.split('@')[0]!.split(':')[1]));
        }
      } catch {
        return undefined;
      }
      return undefined;
    };
    return { nodes: nodes.join(','), masterFor, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * One command to the node (or sentinel) on `port`, on a throwaway connection: no redis-cli process (the waits below ask
 * every 20 ms; a process each cost the test's thread ~10 ms to spawn, 1.6 s in the Sentinel test). A node that does
 * not answer throws.
 */
function ask(port: number, command: string, ...args: (string | number)[]): Promise<unknown> {
  return withThrowawayClient(`redis://127.0.0.1:${port}`, (redis) => redis.call(command, ...args));
}

async function info(port: number, section: string): Promise<string> {
  return String(await ask(port, 'INFO', section));
}

async function clusterInfo(port: number): Promise<string> {
  return String(await ask(port, 'CLUSTER', 'INFO'));
}

/** SENTINEL MASTER's fields (a flat list: name, value, name, value…). */
async function sentinelMaster(port: number, name: string): Promise<Map<string, string>> {
  const flat = (await ask(port, 'SENTINEL', 'MASTER', name)) as string[];
  const fields = new Map<string, string>();
  for (let i = 0; i + 1 < flat.length; i += 2) fields.set(flat[i]!, flat[i + 1]!);
  return fields;
}
