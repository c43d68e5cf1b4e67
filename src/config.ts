// Environment → typed Config: one zod schema; a bad value stops start-up with a message naming the variable.
import { z } from 'zod';
import { trustedProxyProblem } from './proxy/trusted-proxies.js';

const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);

/** A comma-separated list of bearer keys, each at least 16 characters; unset or empty: none. */
function bearerKeys() {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return [];
      const keys = value.split(',').map((key) => key.trim());
      if (keys.some((key) => key.length < 16)) {
        ctx.addIssue({ code: 'custom', message: 'every key must be at least 16 characters (no empty entries)' });
        return z.NEVER;
      }
      return keys;
    });
}

/** The push services of the browser vendors (Chrome/Edge via FCM, Firefox, Safari, legacy Edge/Windows). */
export const DEFAULT_PUSH_ENDPOINT_HOSTS = ['fcm.googleapis.com', 'updates.push.services.mozilla.com', 'web.push.apple.com', '*.notify.windows.com'] as const;
const PUSH_HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

/** A Redis node address: `host:port` (an IPv6 host in brackets, `[::1]:6379`). */
export interface HostPort {
  host: string;
  port: number;
}

/** A comma-separated `host:port` list (REDIS_SENTINELS, REDIS_CLUSTER_NODES); unset or empty: undefined. */
function hostPortList() {
  return z
    .string()
    .optional()
    .transform((value, ctx): HostPort[] | undefined => {
      if (value === undefined || value.trim() === '') return undefined;
      const nodes: HostPort[] = [];
      for (const entry of value.split(',').map((part) => part.trim())) {
        const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9_.-]+)):(\d{1,5})$/.exec(entry);
        const port = Number(match?.[3]);
        if (!match || port < 1 || port > 65535) {
          ctx.addIssue({ code: 'custom', message: `${JSON.stringify(entry)} is not host:port (a comma-separated list; IPv6 as [::1]:26379)` });
          return z.NEVER;
        }
        nodes.push({ host: (match[1] ?? match[2]) as string, port });
      }
      return nodes;
    });
}

/**
 * Where Redis is: one URL (REDIS_URL), a Sentinel-monitored primary (REDIS_SENTINELS + REDIS_SENTINEL_NAME), or a
 * Redis Cluster (REDIS_CLUSTER_NODES). The last two take the place of REDIS_URL.
 */
export type RedisTarget =
  | { kind: 'url'; url: string }
  | {
      kind: 'sentinel';
      sentinels: HostPort[];
      /** The primary's name in the sentinels' configuration (REDIS_SENTINEL_NAME). */
      name: string;
      /** ACL user and password of the primary and replicas (REDIS_USERNAME, REDIS_PASSWORD). */
      username?: string | undefined;
      password?: string | undefined;
      /** The sentinels' own password (REDIS_SENTINEL_PASSWORD). */
      sentinelPassword?: string | undefined;
    }
  | { kind: 'cluster'; nodes: HostPort[]; username?: string | undefined; password?: string | undefined };

/**
 * The prefix with a Redis Cluster hash tag: every key Sirena and BullMQ use must hash to one slot, since scripts and
 * BullMQ's commands touch several at once. A prefix that has one (`{x}`) is kept; `sirena:` becomes `{sirena}:`.
 */
export function hashTaggedPrefix(prefix: string): string {
  const open = prefix.indexOf('{');
  const close = open < 0 ? -1 : prefix.indexOf('}', open + 1);
  if (close > open + 1) return prefix;
  const bare = prefix.replace(/[{}]/g, '');
  return bare.endsWith(':') ? `{${bare.slice(0, -1)}}:` : `{${bare}}`;
}

/** Every environment variable Sirena reads, with its default. The README's table mirrors this. */
export const ENV_SCHEMA = z.object({
  /** HTTP + WebSocket port. 0 picks a free one (it is logged). @defaultValue 8080 */
  PORT: int(0, 65535).default(8080),
  /** Interface to listen on. @defaultValue "0.0.0.0" */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Redis to use. Unset: redis://127.0.0.1:6379, or a private redis-server when nothing answers there. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
    .optional(),
  /**
   * Comma-separated `host:port` of Redis Sentinels (with REDIS_SENTINEL_NAME): every connection asks them for the
   * current primary and follows a failover. Set: REDIS_URL is ignored.
   */
  REDIS_SENTINELS: hostPortList(),
  /** The name the sentinels monitor the primary under (`sentinel monitor <name> …`); needed with REDIS_SENTINELS. */
  REDIS_SENTINEL_NAME: z.string().regex(/^[^\s]{1,200}$/, 'must be 1-200 characters without spaces').optional(),
  /** The sentinels' own password (`requirepass` in sentinel.conf). Unset: none. */
  REDIS_SENTINEL_PASSWORD: z.string().optional(),
  /**
   * Comma-separated `host:port` of some Redis Cluster nodes (the rest are discovered). Set: REDIS_URL is ignored,
   * and the key prefix gets a hash tag (see SIRENA_KEY_PREFIX). Not together with REDIS_SENTINELS.
   */
  REDIS_CLUSTER_NODES: hostPortList(),
  /** ACL user of the Redis primary/replicas (Sentinel) or cluster nodes; with REDIS_URL, the URL carries it. */
  REDIS_USERNAME: z.string().regex(/^[^\s]{1,200}$/, 'must be 1-200 characters without spaces').optional(),
  /** Password of the Redis primary/replicas (Sentinel) or cluster nodes; with REDIS_URL, the URL carries it. */
  REDIS_PASSWORD: z.string().optional(),
  /**
   * Replicas that must have a write before it is acknowledged: the 202 of ingest and a worker's append wait for them
   * (Redis WAIT), else 503 unavailable / the job retries. 0: acknowledge once the primary has it. @defaultValue 0
   */
  SIRENA_REDIS_MIN_REPLICAS: int(0, 100).default(0),
  /** How long one wait for SIRENA_REDIS_MIN_REPLICAS replicas may take (ms). @defaultValue 1000 */
  SIRENA_REDIS_WAIT_TIMEOUT_MS: int(10, 60_000).default(1_000),
  /** Prefix of every Redis key and stream Sirena uses. @defaultValue "sirena:" */
  SIRENA_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.{}-]{1,64}$/, 'use 1-64 characters: letters, digits, ":", "_", ".", "-", "{" or "}"')
    .default('sirena:'),
  /** JSON or YAML file of topic rules that replaces the defaults. */
  SIRENA_TOPICS_FILE: z.string().min(1).optional(),
  /**
   * The learned severity check (docs/classifier.md): `on` lets it lower a severity below extreme that the built-in
   * rules gave when it is sure, and raise one short of extreme when surer; `off` leaves the rules alone. It never
   * applies to a topics file's rules.
   * @defaultValue on
   */
  SIRENA_SEVERITY_CHECK: z.enum(['on', 'off']).default('on'),
  /**
   * The learned topic check (docs/classifier.md): `on` lets it add a topic the built-in rules did not give, or take
   * one away, when it is sure, on updates that are not extreme and whose publisher named no topic; `off` leaves the
   * rules' topics alone. It never applies to a topics file's rules.
   * @defaultValue on
   */
  SIRENA_TOPIC_CHECK: z.enum(['on', 'off']).default('on'),
  /** Comma-separated publisher keys for POST /v1/updates. Unset: ingest only from loopback. */
  SIRENA_PUBLISH_KEYS: bearerKeys(),
  /**
   * Comma-separated editor keys (≥ 16 chars each) for POST /v1/alerts/:id/revisions and /cancel; publisher keys
   * cannot revise. Unset: nobody can.
   */
  SIRENA_EDITOR_KEYS: bearerKeys(),
  /**
   * The CAP `sender` of the CAP 1.2 messages Sirena issues (GET /v1/alerts/:id/cap, /v1/feeds/cap): no spaces,
   * commas, `<` or `&`. @defaultValue "sirena@localhost"
   */
  SIRENA_CAP_SENDER: z
    .string()
    .regex(/^[^\s,<&]{1,200}$/, 'CAP forbids spaces, commas, "<" and "&" in a sender (1-200 characters)')
    .default('sirena@localhost'),
  /** HS256 secret for subscriber JWTs. Unset: the WebSocket is open to all. */
  SIRENA_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Comma-separated topic ids anyone may read without a token while SIRENA_JWT_SECRET is set (history, single alerts,
   * incidents, SSE, Socket.IO). Unset: none; with JWT on, every read path needs a token.
   */
  SIRENA_PUBLIC_TOPICS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return [];
      const topics = value.split(',').map((topic) => topic.trim());
      const bad = topics.find((topic) => !/^[a-z0-9][a-z0-9-]{0,63}$/.test(topic));
      if (bad !== undefined) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(bad)} is not a topic id (^[a-z0-9][a-z0-9-]{0,63}$)` });
        return z.NEVER;
      }
      return [...new Set(topics)];
    }),
  /** Bearer token for /admin (Bull Board, ops view); ≥ 16 chars. Unset: the admin routes answer 404 admin_disabled. */
  SIRENA_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Bearer token for GET /metrics; ≥ 16 chars. Unset: /metrics is open (keep the port private, or set it). */
  SIRENA_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Hours an area stays in `alert` without an all-clear before its state is `unknown`. @defaultValue 24 */
  SIRENA_ALERT_MAX_HOURS: int(1, 8760).default(24),
  /** Heartbeat comment interval on GET /v1/stream (ms). @defaultValue 15000 */
  SIRENA_SSE_HEARTBEAT_MS: int(100, 300_000).default(15_000),
  /** Alerts kept in history (count). @defaultValue 100000 */
  SIRENA_RETENTION_COUNT: int(1).default(100_000),
  /** Alerts kept in history (age, seconds). @defaultValue 604800 (7 days) */
  SIRENA_RETENTION_SECONDS: int(1).default(604_800),
  /** How long an update id is remembered for idempotency (seconds). @defaultValue 604800 (7 days) */
  SIRENA_IDEMPOTENCY_SECONDS: int(1).default(604_800),
  /**
   * Reports of one event within this many seconds may share an incident: a night attack and its morning toll
   * (test/fixtures/LABELLING.md, clarification 9). @defaultValue 43200 (12 hours)
   */
  SIRENA_INCIDENT_WINDOW_SECONDS: int(1).default(43_200),
  /**
   * Reports one incident takes at most (about: workers storing at the same moment may each add one); a later report
   * of the event starts a new incident. @defaultValue 100
   */
  SIRENA_INCIDENT_MAX_REPORTS: int(1, 100_000).default(100),
  /**
   * How long after its first report (by publishedAt) an incident takes reports; a later one starts a new incident.
   * @defaultValue 86400 (24 hours)
   */
  SIRENA_INCIDENT_MAX_SPAN_SECONDS: int(1).default(86_400),
  /** Worker processes `npm start` runs. @defaultValue 2 */
  SIRENA_WORKERS: int(1, 64).default(2),
  /**
   * Which queues a worker process serves: `all` (routine and the urgent lane, and Web Push), `routine`, `urgent`
   * (extreme alerts only), or `push` (Web Push sending only). `npm start` runs SIRENA_WORKERS routine workers, one
   * urgent one and one push one. @defaultValue all
   */
  SIRENA_WORKER_LANES: z.enum(['all', 'routine', 'urgent', 'push']).default('all'),
  /** Jobs one worker process handles at once. @defaultValue 16 */
  SIRENA_WORKER_CONCURRENCY: int(1, 1000).default(16),
  /**
   * How long a worker's hold on a job lasts unrenewed (BullMQ's lock, renewed at half of it while the job runs): the
   * time after which another worker takes over the jobs of a worker that died mid-job (plus at most half of it, the
   * stalled-job check). Shorter recovers sooner; too short for the host, and a job whose worker is merely slow runs
   * twice (harmless: a repeated update id is stored once). @defaultValue 10000
   */
  SIRENA_JOB_LOCK_MS: int(1000, 600_000).default(10_000),
  /** Ingest answers 503 when more updates than this wait in the queue. @defaultValue 100000 */
  SIRENA_MAX_QUEUE_DEPTH: int(1).default(100_000),
  /**
   * Updates per minute that one publisher key (all of loopback without keys) may put on the urgent lane by a
   * `severity: "extreme"` hint alone, behind every update whose own text is extreme; more go first in the routine
   * queue. 0: a hint never buys the urgent lane. @defaultValue 10
   */
  SIRENA_URGENT_HINTS_PER_MINUTE: int(0, 1_000_000).default(10),
  /** Ingest requests one publisher key (or, without keys, one loopback address) may make per window, over all API processes. @defaultValue 1200 */
  SIRENA_INGEST_RATE_LIMIT: int(1).default(1200),
  /**
   * Request body bytes one publisher key (or loopback address) may send to ingest per window, over all API
   * processes. @defaultValue 67108864 (64 MiB)
   */
  SIRENA_INGEST_BYTE_RATE_LIMIT: int(1024).default(64 * 1024 * 1024),
  /** The ingest rate window (seconds); counters live in Redis. @defaultValue 60 */
  SIRENA_INGEST_RATE_WINDOW_SECONDS: int(1, 86_400).default(60),
  /**
   * Connections one client address may hold on one gateway: Socket.IO (from the Engine.IO handshake on) and SSE.
   * High, so a crowd behind one carrier NAT or proxy address is not refused. @defaultValue 10000
   */
  SIRENA_MAX_SOCKETS_PER_IP: int(1).default(10_000),
  /** Connections (Socket.IO, from the handshake on, and SSE) one gateway holds in all. @defaultValue 20000 */
  SIRENA_MAX_CONNECTIONS: int(1).default(20_000),
  /**
   * Bytes one connection may have queued and unsent; beyond it the connection is closed (its client resumes).
   * @defaultValue 4194304 (4 MiB)
   */
  SIRENA_MAX_CONNECTION_BUFFER_BYTES: int(64 * 1024, 1024 * 1024 * 1024).default(4 * 1024 * 1024),
  /** How long a connection with a backlog may take none of it before it is closed (ms). @defaultValue 10000 */
  SIRENA_STALLED_CLIENT_TIMEOUT_MS: int(100, 300_000).default(10_000),
  /** How long a Socket.IO connection may stay without joining the namespace (ms). @defaultValue 10000 */
  SIRENA_SOCKET_CONNECT_TIMEOUT_MS: int(100, 120_000).default(10_000),
  /**
   * Comma-separated proxy addresses/CIDRs (IPv4, IPv6) whose X-Forwarded-For / Forwarded is believed. Unset: none,
   * every client is its TCP peer.
   */
  SIRENA_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return [];
      const entries = value.split(',').map((entry) => entry.trim());
      for (const entry of entries) {
        const problem = entry === '' ? 'no empty entries' : trustedProxyProblem(entry);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }
      return entries;
    }),
  /** subscribe + unsubscribe calls one socket may make per minute. @defaultValue 60 */
  SIRENA_SUBSCRIBE_RATE_PER_MINUTE: int(1).default(60),
  /** Topics one socket may be subscribed to at once. @defaultValue 64 */
  SIRENA_MAX_TOPICS_PER_SOCKET: int(1, 10_000).default(64),
  /** Largest Socket.IO message a client may send (bytes); a bigger one closes that socket. @defaultValue 16384 */
  SIRENA_MAX_SOCKET_PAYLOAD_BYTES: int(1024, 1024 * 1024).default(16_384),
  /** Largest POST body in bytes. @defaultValue 1048576 (1 MiB) */
  SIRENA_MAX_BODY_BYTES: int(1024, 64 * 1024 * 1024).default(1_048_576),
  /** VAPID public key (base64url, 65-byte P-256 point). Unset with the private key: a pair is made once and kept in Redis. */
  SIRENA_VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{86,88}$/, 'must be a base64url P-256 public key (65 bytes, as `web-push generate-vapid-keys` prints)')
    .optional(),
  /** VAPID private key (base64url, 32 bytes); set both or neither. */
  SIRENA_VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{42,44}$/, 'must be a base64url P-256 private key (32 bytes)')
    .optional(),
  /**
   * The VAPID `sub` claim: a `mailto:` or `https:` contact push services may use. @defaultValue "mailto:" +
   * SIRENA_CAP_SENDER
   */
  SIRENA_VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:[^\s]+|https:\/\/[^\s]+)$/, 'must be a mailto: or https: URL')
    .optional(),
  /**
   * Comma-separated push service hosts (`host`, `host:port`, `*.domain`) a Web Push subscription's endpoint may be
   * on; port 443 unless one is listed. @defaultValue the browser vendors' push services
   */
  SIRENA_PUSH_ENDPOINT_HOSTS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return [...DEFAULT_PUSH_ENDPOINT_HOSTS];
      const hosts = value.split(',').map((host) => host.trim().toLowerCase());
      const bad = hosts.find((host) => !PUSH_HOST_PATTERN.test(host));
      if (bad !== undefined) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(bad)} is not a host, host:port or *.domain` });
        return z.NEVER;
      }
      return hosts;
    }),
  /** Alerts below this severity are never pushed (a floor under each subscription's own minSeverity). @defaultValue "severe" */
  SIRENA_PUSH_MIN_SEVERITY: z.enum(['unknown', 'minor', 'moderate', 'severe', 'extreme']).default('severe'),
  /**
   * How long a device with a socket (or SSE stream) open under its deviceId has to ack an alert before it is pushed
   * anyway (ms). @defaultValue 5000
   */
  SIRENA_PUSH_ESCALATE_MS: int(0, 600_000).default(5_000),
  /**
   * Push requests one worker process has in flight at once (and connections per push service). Sending is bound by
   * the CPU (encryption), so more in flight only makes the bursts that slow the sockets: 16 sent 10,000 as fast as 64.
   * @defaultValue 16
   */
  SIRENA_PUSH_CONCURRENCY: int(1, 10_000).default(16),
  /**
   * POST /v1/push/subscriptions one client address may make per minute, over every API process and gateway (more: 429
   * rate_limited): each subscription costs a push per alert, so nobody may pile up thousands. @defaultValue 600
   */
  SIRENA_PUSH_SUBSCRIBE_RATE_PER_MINUTE: int(1).default(600),
  /** How long SIGTERM may take before the process exits anyway (ms). @defaultValue 8000 */
  SIRENA_SHUTDOWN_TIMEOUT_MS: int(100, 60_000).default(8_000),
  /** pino level. @defaultValue "info" */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof ENV_SCHEMA>;

export interface Config {
  port: number;
  host: string;
  /** The Redis URL to use (always set once start-up has resolved it). */
  redisUrl: string;
  /** True when REDIS_URL was not set (start-up may then start a private redis-server). */
  redisUrlDefaulted: boolean;
  /** Where Redis is (REDIS_URL, or Sentinel, or Cluster); for a URL, the same as redisUrl. */
  redis: RedisTarget;
  /** SIRENA_REDIS_MIN_REPLICAS and SIRENA_REDIS_WAIT_TIMEOUT_MS: what a write needs before it is acknowledged. */
  replicas: { min: number; timeoutMs: number };
  keyPrefix: string;
  topicsFile: string | undefined;
  /** SIRENA_SEVERITY_CHECK: whether the learned severity check reviews the rules' severity. */
  severityCheck: boolean;
  /** SIRENA_TOPIC_CHECK: whether the learned topic check reviews the rules' topics. */
  topicCheck: boolean;
  publishKeys: string[];
  /** Keys that may revise and cancel alerts (SIRENA_EDITOR_KEYS). */
  editorKeys: string[];
  /** CAP `sender` of the messages Sirena issues (SIRENA_CAP_SENDER). */
  capSender: string;
  jwtSecret: string | undefined;
  publicTopics: string[];
  adminToken: string | undefined;
  metricsToken: string | undefined;
  sseHeartbeatMs: number;
  /** Hours an area stays in alert without an all-clear before it is unknown. */
  alertMaxHours: number;
  retention: { count: number; seconds: number };
  idempotencySeconds: number;
  incidentWindowSeconds: number;
  /** How an incident grows: at most this many reports, and none published more than this after its first. */
  incidentBounds: { maxReports: number; maxSpanSeconds: number };
  /** Per publisher: updates a minute that a severity hint alone puts on the urgent lane. */
  urgentHintsPerMinute: number;
  workers: number;
  workerLanes: 'all' | 'routine' | 'urgent' | 'push';
  workerConcurrency: number;
  /** SIRENA_JOB_LOCK_MS. */
  jobLockMs: number;
  maxQueueDepth: number;
  /** Per publisher key (or loopback address), shared by every API process through Redis. */
  ingestRate: { limit: number; byteLimit: number; windowSeconds: number };
  maxSocketsPerIp: number;
  maxConnections: number;
  /** Per connection: what it may have queued (bytes) and how long it may take none of a backlog (ms). */
  connectionBuffer: { maxBytes: number; stalledTimeoutMs: number };
  socketConnectTimeoutMs: number;
  /** Addresses/CIDRs whose forwarding headers are believed (see src/proxy/trusted-proxies.ts). */
  trustedProxies: string[];
  subscribeRatePerMinute: number;
  maxTopicsPerSocket: number;
  maxSocketPayloadBytes: number;
  maxBodyBytes: number;
  shutdownTimeoutMs: number;
  logLevel: Env['LOG_LEVEL'];
  /** Web Push (src/push/). */
  push: {
    /** SIRENA_VAPID_PUBLIC_KEY / _PRIVATE_KEY; unset: a pair made once and kept in Redis. */
    vapidKeys: { publicKey: string; privateKey: string } | undefined;
    vapidSubject: string;
    /** Allowed endpoint hosts: `host`, `host:port` or `*.domain` (port 443 unless given). */
    endpointHosts: string[];
    minSeverity: Env['SIRENA_PUSH_MIN_SEVERITY'];
    escalateMs: number;
    concurrency: number;
    subscribeRatePerMinute: number;
  };
}

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the environment. Throws ConfigError whose message names each bad variable.
 * @example const config = loadConfig(process.env);
 */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): Config {
  // Empty strings mean "unset", as shells and compose files often pass them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ENV_SCHEMA.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      const raw = env[name];
      return `${name}: ${issue.message}${raw === undefined ? '' : ` (got ${JSON.stringify(raw)})`}`;
    });
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  if ((e.SIRENA_VAPID_PUBLIC_KEY === undefined) !== (e.SIRENA_VAPID_PRIVATE_KEY === undefined)) {
    const missing = e.SIRENA_VAPID_PUBLIC_KEY === undefined ? 'SIRENA_VAPID_PUBLIC_KEY' : 'SIRENA_VAPID_PRIVATE_KEY';
    throw new ConfigError(`invalid configuration: ${missing}: set SIRENA_VAPID_PUBLIC_KEY and SIRENA_VAPID_PRIVATE_KEY together`);
  }
  const redis = redisTargetOf(e);
  return {
    port: e.PORT,
    host: e.HOST,
    redisUrl: e.REDIS_URL ?? DEFAULT_REDIS_URL,
    // Sentinel or Cluster take the place of REDIS_URL, so it is never "defaulted" (no private demo server).
    redisUrlDefaulted: e.REDIS_URL === undefined && redis.kind === 'url',
    redis,
    replicas: { min: e.SIRENA_REDIS_MIN_REPLICAS, timeoutMs: e.SIRENA_REDIS_WAIT_TIMEOUT_MS },
    keyPrefix: redis.kind === 'cluster' ? hashTaggedPrefix(e.SIRENA_KEY_PREFIX) : e.SIRENA_KEY_PREFIX,
    topicsFile: e.SIRENA_TOPICS_FILE,
    severityCheck: e.SIRENA_SEVERITY_CHECK === 'on',
    topicCheck: e.SIRENA_TOPIC_CHECK === 'on',
    publishKeys: e.SIRENA_PUBLISH_KEYS,
    editorKeys: e.SIRENA_EDITOR_KEYS,
    capSender: e.SIRENA_CAP_SENDER,
    jwtSecret: e.SIRENA_JWT_SECRET,
    publicTopics: e.SIRENA_PUBLIC_TOPICS,
    adminToken: e.SIRENA_ADMIN_TOKEN,
    metricsToken: e.SIRENA_METRICS_TOKEN,
    sseHeartbeatMs: e.SIRENA_SSE_HEARTBEAT_MS,
    alertMaxHours: e.SIRENA_ALERT_MAX_HOURS,
    retention: { count: e.SIRENA_RETENTION_COUNT, seconds: e.SIRENA_RETENTION_SECONDS },
    idempotencySeconds: e.SIRENA_IDEMPOTENCY_SECONDS,
    incidentWindowSeconds: e.SIRENA_INCIDENT_WINDOW_SECONDS,
    incidentBounds: { maxReports: e.SIRENA_INCIDENT_MAX_REPORTS, maxSpanSeconds: e.SIRENA_INCIDENT_MAX_SPAN_SECONDS },
    urgentHintsPerMinute: e.SIRENA_URGENT_HINTS_PER_MINUTE,
    workers: e.SIRENA_WORKERS,
    workerLanes: e.SIRENA_WORKER_LANES,
    workerConcurrency: e.SIRENA_WORKER_CONCURRENCY,
    jobLockMs: e.SIRENA_JOB_LOCK_MS,
    maxQueueDepth: e.SIRENA_MAX_QUEUE_DEPTH,
    ingestRate: { limit: e.SIRENA_INGEST_RATE_LIMIT, byteLimit: e.SIRENA_INGEST_BYTE_RATE_LIMIT, windowSeconds: e.SIRENA_INGEST_RATE_WINDOW_SECONDS },
    maxSocketsPerIp: e.SIRENA_MAX_SOCKETS_PER_IP,
    maxConnections: e.SIRENA_MAX_CONNECTIONS,
    connectionBuffer: { maxBytes: e.SIRENA_MAX_CONNECTION_BUFFER_BYTES, stalledTimeoutMs: e.SIRENA_STALLED_CLIENT_TIMEOUT_MS },
    socketConnectTimeoutMs: e.SIRENA_SOCKET_CONNECT_TIMEOUT_MS,
    trustedProxies: e.SIRENA_TRUSTED_PROXIES,
    subscribeRatePerMinute: e.SIRENA_SUBSCRIBE_RATE_PER_MINUTE,
    maxTopicsPerSocket: e.SIRENA_MAX_TOPICS_PER_SOCKET,
    maxSocketPayloadBytes: e.SIRENA_MAX_SOCKET_PAYLOAD_BYTES,
    maxBodyBytes: e.SIRENA_MAX_BODY_BYTES,
    shutdownTimeoutMs: e.SIRENA_SHUTDOWN_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    push: {
      vapidKeys: e.SIRENA_VAPID_PUBLIC_KEY && e.SIRENA_VAPID_PRIVATE_KEY ? { publicKey: e.SIRENA_VAPID_PUBLIC_KEY, privateKey: e.SIRENA_VAPID_PRIVATE_KEY } : undefined,
      vapidSubject: e.SIRENA_VAPID_SUBJECT ?? `mailto:${e.SIRENA_CAP_SENDER}`,
      endpointHosts: e.SIRENA_PUSH_ENDPOINT_HOSTS,
      minSeverity: e.SIRENA_PUSH_MIN_SEVERITY,
      escalateMs: e.SIRENA_PUSH_ESCALATE_MS,
      concurrency: e.SIRENA_PUSH_CONCURRENCY,
      subscribeRatePerMinute: e.SIRENA_PUSH_SUBSCRIBE_RATE_PER_MINUTE,
    },
  };
}

/** REDIS_SENTINELS + REDIS_SENTINEL_NAME, or REDIS_CLUSTER_NODES, or REDIS_URL; a half or double setting names its variables. */
function redisTargetOf(e: Env): RedisTarget {
  const fail = (message: string) => {
    throw new ConfigError(`invalid configuration: ${message}`);
  };
  if (e.REDIS_SENTINELS && e.REDIS_CLUSTER_NODES) fail('REDIS_SENTINELS, REDIS_CLUSTER_NODES: set one of them, not both');
  const auth = { username: e.REDIS_USERNAME, password: e.REDIS_PASSWORD };
  if (e.REDIS_SENTINELS) {
    if (e.REDIS_SENTINEL_NAME === undefined) fail('REDIS_SENTINEL_NAME: required with REDIS_SENTINELS (the name the sentinels monitor the primary under)');
    return { kind: 'sentinel', sentinels: e.REDIS_SENTINELS, name: e.REDIS_SENTINEL_NAME as string, ...auth, sentinelPassword: e.REDIS_SENTINEL_PASSWORD };
  }
  if (e.REDIS_SENTINEL_NAME !== undefined) fail('REDIS_SENTINELS: required with REDIS_SENTINEL_NAME (the sentinels\' host:port list)');
  if (e.REDIS_CLUSTER_NODES) return { kind: 'cluster', nodes: e.REDIS_CLUSTER_NODES, ...auth };
  return { kind: 'url', url: e.REDIS_URL ?? DEFAULT_REDIS_URL };
}
