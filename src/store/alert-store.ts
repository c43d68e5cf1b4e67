// AlertStore: the alert history in Redis (seq, indexes, retention, idempotency) and the live feed the gateways tail.
import { randomUUID } from 'node:crypto';
import type { RedisClient } from './redis-connection.js';
import { alertReach, type Alert, type AlertPage, type UnsequencedAlert } from '../core/alert.js';
import { HISTORY_SCAN_BUDGET, alertPage, type AlertsQuery } from '../core/alerts-query.js';
import { meetsMinSeverity, type Severity } from '../core/severity.js';
import { APPEND_ALERT_LUA, INCIDENT_SUMMARY_LUA, RECENT_ALERTS_LUA, TRIM_ALERTS_LUA } from './append-alert-script.js';
import { EARLIER_VERSION_MARK, type RedisKeys } from './keys.js';
import { LuaScript } from './lua-script.js';
import { waitForReplicas } from './redis-connection.js';

export interface AlertStoreOptions {
  redis: RedisClient;
  keys: RedisKeys;
  retention: {
    /** Alerts kept at most. */
    count: number;
    /** Alerts older than this (by receivedAt) are dropped. */
    seconds: number;
  };
  /** How long an update id stays known for idempotency. */
  idempotencySeconds: number;
  /**
   * Approximate length of the live feed stream the gateways tail; a gateway further behind reads history instead.
   * @defaultValue 10000
   */
  feedLength?: number;
  /**
   * Replicas that must have the appends before replicated() resolves (SIRENA_REDIS_MIN_REPLICAS), and how long it
   * waits for them. @defaultValue { min: 0 }: it resolves at once
   */
  replicas?: { min: number; timeoutMs: number };
}

export interface AppendResult {
  seq: number;
  /** True when the id had been appended before: nothing was stored or published. */
  duplicate: boolean;
  /** True when the guard refused the alert: nothing was stored (seq is 0); thread it again and retry. */
  conflict?: boolean;
}

/**
 * A condition on an append, for an alert that starts an incident: none of `topics` (its own, and those of the report
 * of its job that starts its incident) got an alert with a seq above `afterSeq` (what its worker had read when it
 * threaded it) other than the `known` ones (its own job's). Otherwise another worker stored a report the alert may
 * belong with, and append refuses it (`conflict`).
 */
export interface AppendGuard {
  afterSeq: number;
  topics: readonly string[];
  known: readonly string[];
}

export interface RangeQuery {
  /** Only alerts in any of these topics (all topics when empty/absent). */
  topics?: readonly string[];
  minSeverity?: Severity;
  /** Only seq > after. */
  after?: number;
  /** Only seq < before. */
  before?: number;
  limit: number;
  /** asc: oldest first; desc: newest first. */
  order: 'asc' | 'desc';
  /**
   * Seqs read per index and round trip by pages().
   * @defaultValue limit, between 50 and 500
   */
  pageSize?: number;
  /**
   * Only the latest version of each alert (history lists an id once); otherwise every version (replay).
   * @defaultValue false
   */
  latestOnly?: boolean;
  /**
   * Most stored alerts read: a severity filter that skips most of them stops there, short of `limit`.
   * @defaultValue unbounded
   */
  scanBudget?: number;
}

/**
 * An entry of the live feed: an alert, decoded from the JSON the store wrote only when something reads it (a worker
 * keeping candidates files most entries by topic and never needs the rest).
 */
export class FeedEntry {
  private decoded: Alert | undefined;

  constructor(
    readonly seq: number,
    /** The alert's JSON exactly as stored; let go once decoded (a worker keeps thousands of entries). */
    private json: string | undefined,
    private readonly topicIds?: readonly string[],
  ) {}

  /** An entry for an alert at hand (read from history, or just stored by this process). */
  static of(alert: Alert): FeedEntry {
    const entry = new FeedEntry(alert.seq, undefined, alert.topics);
    entry.decoded = alert;
    return entry;
  }

  get alert(): Alert {
    if (!this.decoded) {
      this.decoded = parseAlert(this.json ?? '');
      this.json = undefined;
    }
    return this.decoded;
  }

  /** Its topics, without decoding the alert (entries written before the feed carried them are decoded). */
  get topics(): readonly string[] {
    return this.topicIds ?? this.alert.topics;
  }
}

const PAGE = 500;
/** Most alerts recent() returns. */
const MAX_RECENT = 1000;

/**
 * @example
 * const store = new AlertStore({ redis, keys: new RedisKeys('sirena:'), retention: { count: 1e5, seconds: 604800 }, idempotencySeconds: 604800 });
 * const { seq } = await store.append(alert);
 */
export class AlertStore {
  private readonly redis: RedisClient;
  private readonly keys: RedisKeys;
  private readonly options: AlertStoreOptions;

  constructor(options: AlertStoreOptions) {
    this.options = options;
    this.redis = options.redis;
    this.keys = options.keys;
  }

  /**
   * Stores the alert under the next seq and publishes it on the live feed, in one atomic step.
   * Appending an id that was appended before (within idempotencySeconds) changes nothing. With a guard, the alert
   * is stored only if the guard holds (checked in the same atomic step), else nothing changes and `conflict` is set.
   */
  async append(alert: UnsequencedAlert, guard?: AppendGuard): Promise<AppendResult> {
    const { id, ...rest } = alert;
    // The seq goes into the JSON inside Redis, right after the id, so stored JSON is exactly what clients get.
    const head = `{"id":${JSON.stringify(id)},"seq":`;
    const tail = `,${JSON.stringify(rest).slice(1)}`;
    const cutoff = new Date(Date.now() - this.options.retention.seconds * 1000).toISOString();
    const topicKeys = alert.topics.map((topic) => this.keys.topic(topic));
    const keys = [
      this.keys.seq,
      this.keys.alerts,
      this.keys.alertIds,
      this.keys.log,
      this.keys.feed,
      this.keys.idempotency(id),
      this.keys.incident(alert.incidentId),
      ...topicKeys,
      ...(guard ? guard.topics.map((topic) => this.keys.topic(topic)) : []),
    ];
    const args = [
      id,
      head,
      tail,
      this.options.idempotencySeconds,
      this.options.retention.count,
      cutoff,
      this.options.feedLength ?? 10_000,
      topicKeys.length,
      this.options.retention.seconds,
      alert.topics.join(','),
      ...(guard ? [guard.afterSeq, ...guard.known] : []),
    ];
    const result = (await APPEND_SCRIPT.run(this.redis, keys, args)) as [number, number, ...string[]];
    if (result[1] === 2) return { seq: 0, duplicate: false, conflict: true };
    if (result.length > 2) await this.trim(result.slice(2) as string[]);
    return { seq: Number(result[0]), duplicate: result[1] === 1 };
  }

  /**
   * Drops what retention chose at an append (per alert: log member, seq, topic ids, incident id) from the history and
   * its indexes. A script of its own because the index keys depend on the alerts dropped, and every key a script
   * touches must be passed to it (Redis Cluster).
   */
  private async trim(candidates: readonly string[]): Promise<void> {
    const keys = [this.keys.log, this.keys.alerts, this.keys.alertIds];
    const args: (string | number)[] = [];
    for (let i = 0; i < candidates.length; i += 4) {
      const [member, seq, topics, incident] = candidates.slice(i, i + 4) as [string, string, string, string];
      const first = keys.length + 1;
      for (const topic of new Set(topics.split(',').filter(Boolean))) keys.push(this.keys.topic(topic));
      if (incident !== '') keys.push(this.keys.incident(incident));
      args.push(member, seq, first, keys.length);
    }
    await TRIM_SCRIPT.run(this.redis, keys, args);
  }

  /**
   * Resolves once SIRENA_REDIS_MIN_REPLICAS replicas have every append this store's connection made (Redis WAIT);
   * throws ReplicaAckError when fewer did in time. What a worker waits for before it calls a job done.
   */
  async replicated(): Promise<void> {
    const replicas = this.options.replicas;
    if (replicas && replicas.min > 0) await waitForReplicas(this.redis, this.keys.seq, replicas);
  }

  /** The alert with this id, or null. */
  async get(id: string): Promise<Alert | null> {
    const seq = await this.redis.hget(this.keys.alertIds, id);
    if (seq === null) return null;
    const [alert] = await this.getBySeqs([Number(seq)]);
    return alert ?? null;
  }

  /**
   * The earlier versions of a revised alert still stored, oldest first (none for a first version): GET
   * /v1/alerts/:id's `revisions`. One round trip to find them (capped at the latest 1,000), one to read them.
   */
  async earlierVersions(latest: Pick<Alert, 'id' | 'revision'>): Promise<Alert[]> {
    const count = latest.revision ?? 0;
    if (count === 0) return [];
    const pipeline = this.redis.pipeline();
    for (let revision = Math.max(0, count - MAX_RECENT); revision < count; revision += 1) {
      pipeline.zscore(this.keys.log, this.keys.earlierVersion(latest.id, revision));
    }
    const scores = (await pipeline.exec()) ?? [];
    const seqs = scores.flatMap(([error, score]) => (error || score === null ? [] : [Number(score)]));
    return this.getBySeqs(seqs);
  }

  /** The stored alerts with these seqs, in the given order; seqs no longer stored are skipped. */
  async getBySeqs(seqs: readonly number[]): Promise<Alert[]> {
    if (seqs.length === 0) return [];
    const jsons = await this.redis.hmget(this.keys.alerts, ...seqs.map(String));
    return jsons.flatMap((json) => (json === null ? [] : [parseAlert(json)]));
  }

  /** The newest seq handed out (0 when none). */
  async latestSeq(): Promise<number> {
    return Number((await this.redis.get(this.keys.seq)) ?? 0);
  }

  /** The oldest seq still stored, or null when the history is empty. */
  async oldestSeq(): Promise<number | null> {
    const oldest = await this.redis.zrange(this.keys.log, '0', '0', 'WITHSCORES');
    return oldest[1] === undefined ? null : Number(oldest[1]);
  }

  /** This history's epoch; made on first use and again if Redis lost its data. */
  async epoch(): Promise<string> {
    const fresh = randomUUID();
    const previous = await this.redis.set(this.keys.epoch, fresh, 'NX', 'GET');
    return previous ?? fresh;
  }

  /**
   * The epoch in force for a reader that has read up to `seq` of `epoch`, `last` being the alert it read at its last
   * seq: the store's, when it moved on; a new one started here (renewEpoch) when the same epoch's seqs are behind `seq`,
   * or another alert is stored under `last.seq` (one trimmed meanwhile is not): Redis came back from a persistence file
   * that missed the last writes, or a replica that had not received them was promoted (Sentinel, Cluster failover),
   * and those seqs are (or will be) handed out again to other alerts. That is a new history too.
   * @example if ((await store.historyEpoch({ epoch, seq: lastSeq, last })) !== epoch) restartFromTheNewHistory();
   */
  async historyEpoch(known: { epoch: string; seq: number; last?: { seq: number; id: string } | undefined }): Promise<string> {
    const epoch = await this.epoch();
    if (epoch !== known.epoch) return epoch;
    if ((await this.latestSeq()) < known.seq) return this.renewEpoch(epoch);
    if (!known.last) return epoch;
    const [stored] = await this.getBySeqs([known.last.seq]);
    return stored !== undefined && stored.id !== known.last.id ? this.renewEpoch(epoch) : epoch;
  }

  /**
   * Starts a new epoch unless another process already did: for a history that went back in time (Redis restarted
   * from a persistence file that missed the last writes, so seqs are handed out again). Returns the epoch now in force.
   */
  async renewEpoch(previous: string): Promise<string> {
    const script = "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) end return redis.call('GET', KEYS[1])";
    return (await this.redis.eval(script, 1, this.keys.epoch, previous, randomUUID())) as string;
  }

  /** How many stored alerts each topic has. */
  async topicCounts(topicIds: readonly string[]): Promise<Record<string, number>> {
    const pipeline = this.redis.pipeline();
    for (const topic of topicIds) pipeline.zcard(this.keys.topic(topic));
    const results = (await pipeline.exec()) ?? [];
    return Object.fromEntries(topicIds.map((topic, i) => [topic, Number(results[i]?.[1] ?? 0)]));
  }

  /** The alerts of one incident, oldest first. */
  async incident(incidentId: string): Promise<Alert[]> {
    const seqs = await this.redis.zrange(this.keys.incident(incidentId), '0', '-1', 'WITHSCORES');
    return this.getBySeqs(seqs.filter((_, i) => i % 2 === 1).map(Number));
  }

  /**
   * One page of an incident's alerts, oldest first: at most `limit` with seq > `after`, and the cursor of the next
   * page (null on the last). One read of the index and one of the alerts, however big the incident.
   */
  async incidentPage(incidentId: string, page: { after?: number; limit: number }): Promise<{ alerts: Alert[]; next: { after: number } | null }> {
    const flat = await this.redis.zrangebyscore(this.keys.incident(incidentId), `(${page.after ?? 0}`, '+inf', 'WITHSCORES', 'LIMIT', 0, page.limit + 1);
    const seqs = flat.filter((_, i) => i % 2 === 1).map(Number);
    // A revised report appears once, at its latest version.
    const latest = seqs.slice(0, page.limit).filter((_, i) => !(flat[2 * i] as string).includes(EARLIER_VERSION_MARK));
    const alerts = await this.getBySeqs(latest);
    // From the index, not the alerts: one trimmed meanwhile must not end the paging early.
    return { alerts, next: seqs.length > page.limit ? { after: seqs[page.limit - 1]! } : null };
  }

  /** True when some stored alert belongs to the incident. */
  async hasIncident(incidentId: string): Promise<boolean> {
    return (await this.redis.zcard(this.keys.incident(incidentId))) > 0;
  }

  /**
   * How many stored reports each incident has and, for those in `withStart`, when its first stored report was
   * published (ms): what bounds an incident's growth. One round trip.
   */
  async incidentSummaries(incidentIds: readonly string[], withStart: ReadonlySet<string>): Promise<Map<string, { reports: number; startedAt?: number }>> {
    const out = new Map<string, { reports: number; startedAt?: number }>();
    if (incidentIds.length === 0) return out;
    const keys = [this.keys.alerts, ...incidentIds.map((id) => this.keys.incident(id))];
    const reply = (await INCIDENT_SUMMARY_SCRIPT.run(this.redis, keys, incidentIds.map((id) => (withStart.has(id) ? 1 : 0)))) as (number | string | null)[];
    incidentIds.forEach((id, i) => {
      const publishedAt = reply[2 * i + 1];
      const startedAt = typeof publishedAt === 'string' ? Date.parse(publishedAt) : Number.NaN;
      out.set(id, { reports: Number(reply[2 * i]), ...(Number.isFinite(startedAt) && { startedAt }) });
    });
    return out;
  }

  /**
   * Stored alerts matching a query, in seq order (asc or desc), at most `limit`.
   * Pages through the indexes so a severity filter never returns short while more matches exist.
   */
  async range(query: RangeQuery): Promise<Alert[]> {
    const out: Alert[] = [];
    for await (const page of this.pages(query)) {
      for (const alert of page) {
        out.push(alert);
        if (out.length >= query.limit) return out;
      }
    }
    return out;
  }

  /**
   * One page of GET /v1/alerts: the query's matches from its cursor, reading at most HISTORY_SCAN_BUDGET stored
   * alerts (or `limit` + 1): a severity filter that matches few of them ends its page early, perhaps empty, with
   * `next` where the reading stopped, instead of reading the whole history in one request.
   */
  async historyPage(query: AlertsQuery): Promise<AlertPage> {
    const found: Alert[] = [];
    let stoppedAt: number | undefined;
    const budget = Math.max(query.limit + 1, HISTORY_SCAN_BUDGET);
    for await (const round of this.rounds({ ...query, limit: query.limit + 1, scanBudget: budget, latestOnly: true })) {
      found.push(...round.alerts);
      if (found.length > query.limit) break;
      if (round.cut) stoppedAt = round.last;
    }
    return alertPage(found, query, stoppedAt);
  }

  /**
   * Every stored alert matching the query (limit ignored), page by page in seq order: what replay streams.
   * @example for await (const page of store.pages({ topics: ['troops'], after: 1041, order: 'asc', limit: 0 })) send(page);
   */
  async *pages(query: RangeQuery): AsyncGenerator<Alert[]> {
    for await (const round of this.rounds(query)) if (round.alerts.length > 0) yield round.alerts;
  }

  /**
   * The matches of each round trip in seq order, and the last seq it read (everything up to it has been looked at);
   * `cut` on the last round when the scan budget, not the history, ran out.
   */
  private async *rounds(query: RangeQuery): AsyncGenerator<{ alerts: Alert[]; last: number; cut: boolean }> {
    const topics = query.topics && query.topics.length > 0 ? [...new Set(query.topics)] : undefined;
    const indexes = topics ? topics.map((topic) => this.keys.topic(topic)) : [this.keys.log];
    const asc = query.order === 'asc';
    // Exclusive bounds, moved past each page.
    let low = query.after ?? 0;
    let high = query.before ?? Number.POSITIVE_INFINITY;
    const pageSize = query.pageSize ?? Math.min(Math.max(query.limit, 50), PAGE);
    let budget = query.scanBudget ?? Number.POSITIVE_INFINITY;
    for (;;) {
      if (low + 1 >= high) return;
      const pipeline = this.redis.pipeline();
      const min = `(${low}`;
      const max = high === Number.POSITIVE_INFINITY ? '+inf' : `(${high}`;
      for (const index of indexes) {
        if (asc) pipeline.zrangebyscore(index, min, max, 'WITHSCORES', 'LIMIT', 0, pageSize);
        else pipeline.zrevrangebyscore(index, max, min, 'WITHSCORES', 'LIMIT', 0, pageSize);
      }
      const results = (await pipeline.exec()) ?? [];
      // Merge the indexes' pages. An index that filled its page may hold more beyond its last seq, so only
      // seqs up to the nearest such boundary are complete in this round.
      const seqs = new Set<number>();
      let boundary = asc ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      for (const [error, reply] of results) {
        if (error) throw error;
        const flat = reply as string[];
        for (let i = 1; i < flat.length; i += 2) {
          if (!query.latestOnly || !(flat[i - 1] as string).includes(EARLIER_VERSION_MARK)) seqs.add(Number(flat[i]));
        }
        if (flat.length / 2 >= pageSize) {
          const last = Number(flat[flat.length - 1]);
          boundary = asc ? Math.min(boundary, last) : Math.max(boundary, last);
        }
      }
      const complete = [...seqs]
        .filter((seq) => (asc ? seq <= boundary : seq >= boundary))
        .sort((a, b) => (asc ? a - b : b - a));
      if (complete.length === 0) {
        // Only earlier versions of revised alerts up to the boundary (history skips them): read on past it.
        if (!Number.isFinite(boundary)) return;
        if (asc) low = boundary;
        else high = boundary;
        continue;
      }
      // Within the budget; the seqs are in scan order, so what is read is everything up to its last.
      const read = complete.length > budget ? complete.slice(0, budget) : complete;
      budget -= read.length;
      const alerts = await this.getBySeqs(read);
      const matching = query.minSeverity
        ? alerts.filter((alert) => meetsMinSeverity(alertReach(alert).severity, query.minSeverity as Severity))
        : alerts;
      const last = read[read.length - 1] as number;
      const ended = read === complete && !Number.isFinite(boundary);
      const cut = budget <= 0 && !ended;
      yield { alerts: matching, last, cut };
      if (ended || cut) return;
      // Everything up to the boundary was looked at (earlier versions skipped there included).
      const next = read === complete ? boundary : last;
      if (asc) low = next;
      else high = next;
    }
  }

  /**
   * Recent alerts in any of these topics received at or after `sinceIso`, newest first, at most `limit` (and 1000):
   * incident candidates. One round trip (a worker reads them on the path of every alert).
   */
  async recent(topics: readonly string[], sinceIso: string, limit: number): Promise<Alert[]> {
    if (limit < 1 || topics.length === 0) return [];
    const indexes = [...new Set(topics)].map((topic) => this.keys.topic(topic));
    // The script hands the seqs to HMGET as Lua arguments, which are bounded (a few thousand).
    const most = Math.min(limit, MAX_RECENT);
    const jsons = (await RECENT_SCRIPT.run(this.redis, [this.keys.alerts, ...indexes], [most])) as (string | null)[];
    const out: Alert[] = [];
    for (const json of jsons) {
      if (json === null) continue;
      const alert = parseAlert(json);
      if (alert.receivedAt < sinceIso) break;
      out.push(alert);
    }
    return out;
  }

  /** Loads the store's scripts into Redis, so the first append after start does not send its script first. */
  async loadScripts(): Promise<void> {
    await Promise.all([APPEND_SCRIPT, TRIM_SCRIPT, RECENT_SCRIPT, INCIDENT_SUMMARY_SCRIPT].map((script) => script.load(this.redis)));
  }

  /**
   * Live feed entries with seq > afterSeq (at most `count`), waiting up to blockMs for the first one (undefined: not
   * at all). Use a dedicated connection for blocking reads: the command blocks it.
   */
  async readFeed(connection: RedisClient, afterSeq: number, blockMs: number | undefined, count = 1000): Promise<FeedEntry[]> {
    const stream = ['STREAMS', this.keys.feed, `${afterSeq}-0`] as const;
    const reply = (await (blockMs === undefined
      ? connection.xread('COUNT', count, ...stream)
      : connection.xread('COUNT', count, 'BLOCK', blockMs, ...stream))) as
      | [string, [string, string[]][]][]
      | null;
    if (!reply || !reply[0]) return [];
    return reply[0][1].map(([entryId, fields]) => {
      const topics = fields[2] === 't' && fields[3] ? fields[3].split(',') : undefined;
      return new FeedEntry(Number(entryId.slice(0, entryId.indexOf('-'))), fields[1] as string, topics);
    });
  }

  /** The oldest seq still on the live feed, or null when it is empty. */
  async oldestFeedSeq(): Promise<number | null> {
    const first = (await this.redis.xrange(this.keys.feed, '-', '+', 'COUNT', 1)) as [string, string[]][];
    const entryId = first[0]?.[0];
    return entryId === undefined ? null : Number(entryId.slice(0, entryId.indexOf('-')));
  }
}

const APPEND_SCRIPT = new LuaScript(APPEND_ALERT_LUA);
const TRIM_SCRIPT = new LuaScript(TRIM_ALERTS_LUA);
const RECENT_SCRIPT = new LuaScript(RECENT_ALERTS_LUA);
const INCIDENT_SUMMARY_SCRIPT = new LuaScript(INCIDENT_SUMMARY_LUA);

/**
 * Stored JSON is written by append() only, from a validated alert, so a full schema parse per read would only
 * slow replay down (it was most of a 10,000-alert catch-up); a cheap check still makes a corrupted entry fail loudly.
 */
function parseAlert(json: string): Alert {
  const alert = JSON.parse(json) as Alert;
  if (typeof alert !== 'object' || alert === null || typeof alert.seq !== 'number' || typeof alert.id !== 'string' || !Array.isArray(alert.topics)) {
    throw new Error(`corrupted alert in the store: ${json.slice(0, 80)}`);
  }
  return alert;
}
