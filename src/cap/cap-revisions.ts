// CAP Update and Cancel from a publisher: applied as revisions of the alert its references name, if that publisher
// sent it (another publisher's alert: 403), once per message.
import type { RedisClient } from '../store/redis-connection.js';
import type { Alert } from '../core/alert.js';
import { AppError } from '../core/app-error.js';
import type { AlertChange } from '../lifecycle/alert-revision.js';
import type { AlertRevisions } from '../lifecycle/alert-revisions.js';
import type { AlertStore } from '../store/alert-store.js';
import type { RedisKeys } from '../store/keys.js';
import { publisherScopedId, type UpdateIdClaims } from '../store/update-id-claims.js';
import type { CapMessage } from './parse-cap.js';

/** Largest CAP body POST /v1/updates reads (or SIRENA_MAX_BODY_BYTES, if smaller): 256 KiB. */
export const CAP_MAX_BYTES = 256 * 1024;

export interface CapRevisionsOptions {
  redis: RedisClient;
  keys: RedisKeys;
  /** Whose update ids are whose (the ids of the alerts a publisher sent). */
  idClaims: UpdateIdClaims;
  revisions: AlertRevisions;
  store: AlertStore;
  /** How long an applied message is remembered (a repeat is not applied again), s. */
  ttlSeconds: number;
}

/**
 * @example const { alert } = await capRevisions.apply('key:9f…', message, capToChange(message));
 */
export class CapRevisions {
  constructor(private readonly options: CapRevisionsOptions) {}

  /**
   * Applies the change to the alert the message references and resolves with its new version; a repeat of a
   * message already applied resolves with the alert's latest version and `repeat`. Throws 403 forbidden when the
   * referenced alert is another publisher's, 404 alert_not_found when none is stored (or not yet: an Alert still
   * queued), 409 alert_cancelled once cancelled.
   */
  async apply(publisher: string, message: CapMessage, change: AlertChange): Promise<{ alert: Alert; repeat: boolean }> {
    const { redis, keys, revisions, store } = this.options;
    const alertId = await this.target(publisher, message);
    const key = keys.capMessage(publisherScopedId(message.identifier, publisher));
    const claimed = await redis.set(key, alertId, 'EX', this.options.ttlSeconds, 'NX');
    if (claimed === null) {
      const latest = await store.get(alertId);
      if (!latest) throw new AppError('alert_not_found', `no stored alert with id ${JSON.stringify(alertId)}`);
      return { alert: latest, repeat: true };
    }
    try {
      return { alert: await revisions.apply(alertId, change), repeat: false };
    } catch (error) {
      // Not applied: the same message may be sent again.
      await redis.del(key).catch(() => undefined);
      throw error;
    }
  }

  /**
   * The alert the references name, newest reference first: an earlier CAP Update/Cancel of this publisher, or an
   * alert it sent (by its id, or the scoped id it got when another publisher held the id).
   */
  private async target(publisher: string, message: CapMessage): Promise<string> {
    const { redis, keys, idClaims } = this.options;
    let others = false;
    for (const reference of [...message.references].reverse()) {
      const applied = await redis.get(keys.capMessage(publisherScopedId(reference.identifier, publisher)));
      if (applied !== null) return applied;
      const sent = await idClaims.resolve(publisher, reference.identifier);
      if (sent === 'other') others = true;
      else if (sent) return sent.alertId;
    }
    if (others) throw new AppError('forbidden', 'the references name an alert another publisher sent; a publisher may update or cancel only its own');
    throw new AppError('alert_not_found', 'no alert this publisher sent is named by the references (an Alert still queued is not stored yet: retry)');
  }
}
