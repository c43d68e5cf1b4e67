// PushDelivery: what the push queue's jobs do: fan an alert version out to its subscriptions (at once, or after the
// escalation delay for devices with a socket open) and push a batch, retrying what the push service put off.
import { createHash } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { RedisClient } from '../store/redis-connection.js';
import { alertReach, type Alert } from '../core/alert.js';
import { pushPayloadOf } from '../core/push.js';
import { severityRank, type Severity } from '../core/severity.js';
import type { Logger } from '../observability/logger.js';
import type { AlertStore } from '../store/alert-store.js';
import type { RedisKeys } from '../store/keys.js';
import type { DeliveryFigures } from './delivery-figures.js';
import type { DevicePresence } from './device-presence.js';
import { SENDS_PER_JOB, type PushJob } from './push-queue.js';
import type { PushMessage, PushSender, SendOutcome } from './push-sender.js';
import type { PushSubscriptions, StoredPushSubscription } from './push-subscriptions.js';

export interface PushDeliveryOptions {
  redis: RedisClient;
  keys: RedisKeys;
  store: AlertStore;
  subscriptions: PushSubscriptions;
  presence: DevicePresence;
  figures: DeliveryFigures;
  /** The queue retries and escalations are added to. */
  queue: Queue<PushJob>;
  /** Tried in order; the first that handles a subscription sends to it. */
  senders: readonly PushSender[];
  /** SIRENA_PUSH_MIN_SEVERITY: nothing below it is pushed (but revisions of pushed alerts). */
  minSeverity: Severity;
  /** SIRENA_PUSH_ESCALATE_MS. */
  escalateMs: number;
  /** Pushes in flight at once in this process (SIRENA_PUSH_CONCURRENCY). */
  concurrency: number;
  /** How long the push markers of an alert are kept (s): its revisions reach those it was pushed to within this. */
  pushedTtlSeconds: number;
  logger: Logger;
  /**
   * Tries of one push before it counts as failed.
   * @defaultValue 6
   */
  maxAttempts?: number;
}

/** The TTL push services keep a message for an offline device (s): an alert older than an hour is news, not a warning. */
export const PUSH_TTL_SECONDS = 3600;
/** First retry delay without Retry-After (ms), doubled each attempt, at most MAX_RETRY_MS. */
const RETRY_BASE_MS = 1000;
const MAX_RETRY_MS = 10 * 60_000;

/** A send job's id: the version, the kind of try, and a digest of the subscriptions it carries. */
function sendJobId(seq: number, alertId: string, job: { escalation: boolean; attempt: number }, ids: readonly string[]): string {
  const digest = createHash('sha256').update(`${alertId}\n${ids.join('\n')}`).digest('base64url').slice(0, 22);
  return `s-${seq}-${job.escalation ? 'e' : 'n'}${job.attempt}-${digest}`;
}

/** True when the dispatcher should queue a fanout for this alert version. */
export function mayPush(alert: Alert, minSeverity: Severity): boolean {
  return severityRank(alertReach(alert).severity) >= severityRank(minSeverity) || (alert.revision ?? 0) > 0;
}

/**
 * @example const delivery = new PushDelivery({ ... }); await delivery.run(job.data);
 */
export class PushDelivery {
  private readonly options: PushDeliveryOptions;
  private readonly limiter: Limiter;
  /** The last few alerts read: a fanout of 10,000 sends 100 jobs of the same one. */
  private readonly alerts = new Map<number, Promise<Alert | undefined>>();

  constructor(options: PushDeliveryOptions) {
    this.options = options;
    this.limiter = new Limiter(options.concurrency);
  }

  run(job: PushJob): Promise<void> {
    return job.kind === 'fanout' ? this.fanout(job.seq, job.id) : this.send(job);
  }

  /** Chooses the subscriptions of an alert version and queues their sends: at once, or after the escalation delay. */
  async fanout(seq: number, id?: string): Promise<void> {
    const { subscriptions, minSeverity, keys, redis } = this.options;
    const alert = await this.alert(seq, id);
    if (!alert) return;
    const reach = alertReach(alert);
    const ids =
      severityRank(reach.severity) >= severityRank(minSeverity) ? await subscriptions.matching(reach.topics, reach.severity) : new Set<string>();
    // A revision or cancellation reaches every subscription an earlier version was pushed to, whatever its severity.
    if ((alert.revision ?? 0) > 0) for (const id of await redis.smembers(keys.pushedAlert(alert.id))) ids.add(id);
    if (ids.size === 0) return;
    // A dispatcher that was away catches up on the feed: a version older than a push's TTL is history, not a warning.
    const ageMs = Date.now() - Date.parse(alert.classifiedAt);
    if (ageMs > PUSH_TTL_SECONDS * 1000) {
      this.options.logger.warn({ seq, id: alert.id, ageMs }, 'push fanout skipped: the alert is older than the push TTL');
      return;
    }
    const all = [...ids];
    const now: string[] = [];
    const later: string[] = [];
    for (let i = 0; i < all.length; i += 1000) {
      const chunk = await subscriptions.getMany(all.slice(i, i + 1000));
      const withDevice = chunk.filter((sub) => sub.deviceId !== undefined);
      const present = await this.options.presence.present(withDevice.map((sub) => sub.deviceId as string));
      const waiting = new Set(withDevice.filter((_, j) => present[j]).map((sub) => sub.id));
      for (const sub of chunk) (waiting.has(sub.id) ? later : now).push(sub.id);
    }
    const priority = 5 - severityRank(alert.severity);
    // Escalation runs ESCALATE_MS after the alert was stored (its sockets got it then), not after this job ran.
    const delay = Math.max(0, this.options.escalateMs - ageMs);
    await this.queueSends(seq, alert.id, now, { escalation: false, attempt: 0, delay: 0, priority });
    await this.queueSends(seq, alert.id, later, { escalation: true, attempt: 0, delay, priority });
    await this.options.figures.add(seq, { pushTargets: now.length + later.length });
    this.options.logger.info({ seq, id: alert.id, now: now.length, afterAck: later.length, delayMs: delay }, 'push fanout');
  }

  private async queueSends(
    seq: number,
    alertId: string,
    ids: readonly string[],
    job: { escalation: boolean; attempt: number; delay: number; priority: number },
  ): Promise<void> {
    const jobs = [];
    // Chunks of the sorted ids, each with an id of what it carries: a fanout or send job that runs again after a
    // crash queues the same jobs, which BullMQ then takes once.
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i += SENDS_PER_JOB) {
      const chunk = sorted.slice(i, i + SENDS_PER_JOB);
      jobs.push({
        name: 'send',
        data: { kind: 'send' as const, seq, id: alertId, ids: chunk, escalation: job.escalation, attempt: job.attempt },
        opts: { delay: job.delay, priority: job.priority, jobId: sendJobId(seq, alertId, job, chunk) },
      });
    }
    for (let i = 0; i < jobs.length; i += 1000) await this.options.queue.addBulk(jobs.slice(i, i + 1000));
  }

  /** Pushes one alert version to a batch of subscriptions; what the service put off is queued again, later. */
  async send(job: Extract<PushJob, { kind: 'send' }>): Promise<void> {
    const { redis, keys, figures, logger } = this.options;
    const alert = await this.alert(job.seq, job.id);
    if (!alert) return;
    let targets = await this.options.subscriptions.getMany(job.ids);
    // Made with a token that has expired since: removed, as the push service's 410 would (the client subscribes again
    // with a fresh token).
    const now = Date.now();
    const expired = targets.filter((sub) => sub.expiresAt !== undefined && sub.expiresAt <= now);
    if (expired.length > 0) {
      for (const sub of expired) await this.options.subscriptions.remove(sub.id);
      targets = targets.filter((sub) => !expired.includes(sub));
      logger.info({ seq: job.seq, expired: expired.length }, 'push subscriptions whose token expired removed');
    }
    if (targets.length === 0) return;
    // Exactly once per subscription and version: a job retried after a crash skips what it already pushed.
    const sent = await redis.smismember(keys.pushSent(job.seq, alert.id), ...targets.map((sub) => sub.id));
    targets = targets.filter((_, i) => sent[i] !== 1);
    if (job.escalation && targets.length > 0) {
      const acked = await redis.smismember(keys.pushAcks(job.seq), ...targets.map((sub) => sub.deviceId ?? ''));
      const suppressed = targets.filter((_, i) => acked[i] === 1).length;
      targets = targets.filter((_, i) => acked[i] !== 1);
      if (suppressed > 0) await figures.add(job.seq, { pushSuppressed: suppressed });
    }
    if (targets.length === 0) return;
    const message: PushMessage = {
      payload: JSON.stringify(pushPayloadOf(alert)),
      urgency: alert.severity === 'extreme' ? 'high' : 'normal',
      ttlSeconds: PUSH_TTL_SECONDS,
    };
    const outcomes = await Promise.all(targets.map((sub) => this.limiter.run(() => this.sendOne(sub, message))));

    const delivered = targets.filter((_, i) => outcomes[i]?.status === 'sent').map((sub) => sub.id);
    const gone = targets.filter((_, i) => outcomes[i]?.status === 'gone');
    const failed = outcomes.filter((outcome) => outcome.status === 'failed');
    const retry = new Map<number, string[]>();
    let exhausted = 0;
    const maxAttempts = this.options.maxAttempts ?? 6;
    targets.forEach((sub, i) => {
      const outcome = outcomes[i];
      if (outcome?.status !== 'retry') return;
      if (job.attempt + 1 >= maxAttempts) {
        exhausted += 1;
        return;
      }
      const backoff = Math.min(MAX_RETRY_MS, RETRY_BASE_MS * 2 ** job.attempt);
      const delay = Math.min(MAX_RETRY_MS, Math.max(backoff, outcome.retryAfterMs ?? 0));
      retry.set(delay, [...(retry.get(delay) ?? []), sub.id]);
    });
    if (delivered.length > 0) {
      const pipeline = redis.pipeline();
      pipeline.sadd(keys.pushSent(job.seq, alert.id), ...delivered);
      pipeline.expire(keys.pushSent(job.seq, alert.id), this.options.pushedTtlSeconds);
      pipeline.sadd(keys.pushedAlert(alert.id), ...delivered);
      pipeline.expire(keys.pushedAlert(alert.id), this.options.pushedTtlSeconds);
      await pipeline.exec();
    }
    for (const sub of gone) await this.options.subscriptions.remove(sub.id);
    for (const [delay, ids] of retry) {
      await this.queueSends(job.seq, alert.id, ids, { escalation: false, attempt: job.attempt + 1, delay, priority: 5 - severityRank(alert.severity) });
    }
    const retried = [...retry.values()].reduce((n, ids) => n + ids.length, 0);
    await figures.add(job.seq, {
      pushSent: delivered.length,
      pushGone: gone.length,
      pushFailed: failed.length + exhausted,
      pushRetried: retried,
    });
    if (failed.length + exhausted + gone.length > 0) {
      const reasons = failed.map((outcome) => (outcome as { reason: string }).reason).slice(0, 3);
      logger.warn({ seq: job.seq, failed: failed.length, exhausted, gone: gone.length, reasons }, 'some pushes failed');
    }
  }

  private async sendOne(sub: StoredPushSubscription, message: PushMessage): Promise<SendOutcome> {
    const sender = this.options.senders.find((candidate) => candidate.handles(sub));
    if (!sender) return { status: 'failed', reason: 'no sender handles this subscription' };
    try {
      return await sender.send(sub, message);
    } catch (error) {
      return { status: 'retry', reason: (error as Error).message };
    }
  }

  /**
   * The version stored at `seq`; with `id`, only if it is still that alert's (after a failover that lost writes the
   * seq may name another alert, which its own fanout pushes: this job's version is gone, and nothing is sent for it).
   */
  private async alert(seq: number, id?: string): Promise<Alert | undefined> {
    let alert = await this.read(seq);
    // Read before the seq was handed out (again): read afresh once.
    if (id !== undefined && alert?.id !== id) {
      this.alerts.delete(seq);
      alert = await this.read(seq);
    }
    if (!alert || id === undefined || alert.id === id) return alert;
    this.options.logger.warn({ seq, id, now: alert.id }, 'push skipped: the seq names another alert now (a failover lost its version)');
    return undefined;
  }

  private read(seq: number): Promise<Alert | undefined> {
    let pending = this.alerts.get(seq);
    if (!pending) {
      pending = this.options.store.getBySeqs([seq]).then(
        ([alert]) => alert,
        (error: unknown) => {
          this.alerts.delete(seq);
          throw error;
        },
      );
      this.alerts.set(seq, pending);
      if (this.alerts.size > 32) this.alerts.delete(this.alerts.keys().next().value as number);
    }
    return pending;
  }
}

/** At most `limit` of the functions run at once, in the order they came. */
class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}
