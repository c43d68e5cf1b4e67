// AlertRevisions: stores editors' corrections and cancellations as new versions of an alert (Redis side).
import type { RedisClient } from '../store/redis-connection.js';
import type { Alert } from '../core/alert.js';
import { AppError } from '../core/app-error.js';
import type { AlertStore } from '../store/alert-store.js';
import type { RedisKeys } from '../store/keys.js';
import { LuaScript } from '../store/lua-script.js';
import { isCancelled, nextVersion, type AlertChange } from './alert-revision.js';
import { APPEND_REVISION_LUA } from './revision-script.js';

export interface AlertRevisionsOptions {
  redis: RedisClient;
  keys: RedisKeys;
  store: AlertStore;
  /** How long an incident index lives after its last write (seconds): the store's retention. */
  incidentTtlSeconds: number;
  /**
   * Approximate length of the live feed stream, as the store keeps it.
   * @defaultValue 10000
   */
  feedLength?: number;
  /** @defaultValue () => new Date() */
  now?: () => Date;
}

/** Tries when another editor's version lands between the read and the write. */
const ATTEMPTS = 5;
const SCRIPT = new LuaScript(APPEND_REVISION_LUA);

/**
 * @example
 * const revisions = new AlertRevisions({ redis, keys, store, incidentTtlSeconds: 604800 });
 * const corrected = await revisions.apply('01J…', { kind: 'update', severity: 'minor', note: 'a drill' });
 */
export class AlertRevisions {
  private readonly options: AlertRevisionsOptions;

  constructor(options: AlertRevisionsOptions) {
    this.options = options;
  }

  /**
   * Stores the alert's next version under a new seq and puts it on the live feed; resolves with it.
   * Throws alert_not_found (404) for an id not stored, alert_cancelled (409) once the alert is cancelled.
   */
  async apply(id: string, change: AlertChange): Promise<Alert> {
    const { redis, keys, store } = this.options;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const latest = await store.get(id);
      if (!latest) throw new AppError('alert_not_found', `no stored alert with id ${JSON.stringify(id)}`);
      if (isCancelled(latest)) throw new AppError('alert_cancelled', `alert ${JSON.stringify(id)} was cancelled; it cannot be changed`);
      const next = nextVersion(latest, change, this.options.now?.() ?? new Date());
      const { id: _id, ...rest } = next;
      const head = `{"id":${JSON.stringify(id)},"seq":`;
      const tail = `,${JSON.stringify(rest).slice(1)}`;
      const reach = next.reach?.topics ?? next.topics;
      const scriptKeys = [keys.seq, keys.alerts, keys.alertIds, keys.feed, keys.log, keys.incident(next.incidentId), ...reach.map((topic) => keys.topic(topic))];
      const args = [
        id,
        String(latest.seq),
        head,
        tail,
        keys.earlierVersion(id, latest.revision ?? 0),
        this.options.feedLength ?? 10_000,
        this.options.incidentTtlSeconds,
        reach.join(','),
      ];
      const [seq] = (await SCRIPT.run(redis, scriptKeys, args)) as [number];
      if (Number(seq) > 0) {
        // SIRENA_REDIS_MIN_REPLICAS: no 201 before replicas have the version.
        await store.replicated().catch((error: Error) => {
          throw new AppError('unavailable', `${error.message}; the version may still be stored: read the alert before retrying`, { retryAfter: 1, cause: error });
        });
        return { ...next, id, seq: Number(seq) };
      }
    }
    throw new AppError('unavailable', `alert ${JSON.stringify(id)} is being changed by others; retry`, { retryAfter: 1 });
  }
}
