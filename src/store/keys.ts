// Every Redis key and stream name Sirena uses, built from one configurable prefix. Nothing else builds key names.

/** Separates an alert id from a revision number in an index member (see RedisKeys.earlierVersion). */
export const EARLIER_VERSION_MARK = '~';

export class RedisKeys {
  /** @param prefix prepended to every key, e.g. "sirena:" (tests use a unique one each). */
  constructor(readonly prefix: string) {}

  /** String counter: the last seq handed out. */
  get seq(): string {
    return `${this.prefix}seq`;
  }
  /** String: random id of this history; it changes when Redis lost its data and seqs start over. */
  get epoch(): string {
    return `${this.prefix}epoch`;
  }
  /** Hash seq → alert JSON. */
  get alerts(): string {
    return `${this.prefix}alerts`;
  }
  /** Hash alert id → seq. */
  get alertIds(): string {
    return `${this.prefix}alert-ids`;
  }
  /** Sorted set of every stored alert: score seq, member id. */
  get log(): string {
    return `${this.prefix}log`;
  }
  /** Stream the gateways tail (entry id `<seq>-0`, field `a` = alert JSON): the live feed. */
  get feed(): string {
    return `${this.prefix}feed`;
  }
  /**
   * Member naming an earlier version of a revised alert in the log, topic and incident indexes (the latest version is
   * the bare id): replay reads every version, history only bare ids. "~" cannot occur in an alert id.
   */
  earlierVersion(alertId: string, revision: number): string {
    return `${alertId}${EARLIER_VERSION_MARK}${revision}`;
  }
  /** Hash alert id → JSON of its event (alert or all-clear) on one area: what the area's state is folded from. */
  areaEvents(area: string): string {
    return `${this.prefix}area-events:${area}`;
  }
  /** String: the last alert seq the area states take into account. */
  get areaCursor(): string {
    return `${this.prefix}area-cursor`;
  }
  /** Prefix of the per-topic indexes (sorted set: score seq, member id). */
  get topicPrefix(): string {
    return `${this.prefix}topic:`;
  }
  topic(topicId: string): string {
    return `${this.topicPrefix}${topicId}`;
  }
  /** Prefix of the per-incident indexes (sorted set: score seq, member id). */
  get incidentPrefix(): string {
    return `${this.prefix}incident:`;
  }
  incident(incidentId: string): string {
    return `${this.incidentPrefix}${incidentId}`;
  }
  /**
   * String: the publisher (key digest, or "loopback") an update id belongs to, with a TTL: the same id from another
   * publisher is given an alert id of its own (see UpdateIdClaims).
   */
  updateIdOwner(updateId: string): string {
    return `${this.prefix}id-owner:${updateId}`;
  }
  /**
   * String: the alert id a publisher's CAP Update or Cancel was applied to, by the message's publisher-scoped
   * identifier, with a TTL: a repeat is not applied again, and a later message may reference it.
   */
  capMessage(scopedIdentifier: string): string {
    return `${this.prefix}cap-msg:${scopedIdentifier}`;
  }
  /** String update id → seq, with a TTL: a repeated update id is not alerted again. */
  idempotency(updateId: string): string {
    return `${this.prefix}idem:${updateId}`;
  }
  /** String counter with a TTL: updates a publisher's severity hint put on the urgent lane this minute. */
  urgentHints(publisher: string): string {
    return `${this.prefix}urgent-hints:${publisher}`;
  }
  /** Prefix of the ingest rate-limit counters (string with a TTL per publisher key digest or address). */
  get rateLimitPrefix(): string {
    return `${this.prefix}rate:ingest:`;
  }
  /** String counter with a TTL: body bytes one publisher (key digest or address) sent to ingest in this window. */
  ingestBytes(publisher: string): string {
    return `${this.prefix}rate:ingest-bytes:${publisher}`;
  }
  /** String counter: updates queued and not yet stored (ingest's backpressure reading; jobs carry batches). */
  get queuedUpdates(): string {
    return `${this.prefix}queued-updates`;
  }
  /**
   * String with a TTL: one admin sign-in, named by the SHA-256 of the session value its cookie holds (a reader of
   * Redis cannot sign in with it); the value is a digest of the admin token it was made with.
   */
  adminSession(sessionDigest: string): string {
    return `${this.prefix}admin-session:${sessionDigest}`;
  }
  /** String counter with a TTL: failed admin sign-ins from one client address. */
  adminLoginFailures(address: string): string {
    return `${this.prefix}admin-login-failures:${address}`;
  }
  /** String: the VAPID key pair (JSON) made once when SIRENA_VAPID_PUBLIC_KEY / _PRIVATE_KEY are unset. */
  get vapidKeys(): string {
    return `${this.prefix}push:vapid`;
  }
  /** Hash Web Push subscription id → its JSON (endpoint, keys, topics, minSeverity, deviceId). */
  get pushSubscriptions(): string {
    return `${this.prefix}push:subs`;
  }
  /** Hash SHA-256 of a push endpoint → the id of its subscription (the same endpoint again replaces it). */
  get pushEndpoints(): string {
    return `${this.prefix}push:endpoints`;
  }
  /** Sorted set: the push subscriptions of a topic, scored by the rank of their minSeverity (the fanout's index). */
  pushTopic(topicId: string): string {
    return `${this.prefix}push:topic:${topicId}`;
  }
  /**
   * Set with a TTL: subscriptions an alert version (by seq, and its alert's id: after a failover that lost writes, a
   * seq may name another alert) was pushed to (a retry never pushes one twice).
   */
  pushSent(seq: number, alertId: string): string {
    return `${this.prefix}push:sent:${seq}:${alertId}`;
  }
  /** Set with a TTL: subscriptions any version of an alert was pushed to (its revisions and cancellation go to them). */
  pushedAlert(alertId: string): string {
    return `${this.prefix}push:pushed:${alertId}`;
  }
  /** Set with a TTL: device ids that acked an alert version (by seq): their escalation push is not sent. */
  pushAcks(seq: number): string {
    return `${this.prefix}push:acks:${seq}`;
  }
  /** Sorted set with a TTL: the open sockets/streams of one device (member: connection, score: expiry in ms). */
  pushDevice(deviceId: string): string {
    return `${this.prefix}push:device:${deviceId}`;
  }
  /** String counter with a TTL: push subscriptions one client address made this minute. */
  pushSubscribeRate(address: string): string {
    return `${this.prefix}rate:push-subscribe:${address}`;
  }
  /** String with a TTL: which worker process turns stored alerts into push jobs (one at a time). */
  get pushDispatcher(): string {
    return `${this.prefix}push:dispatcher`;
  }
  /** String: the last alert seq the push dispatcher handed on (a new dispatcher resumes after it). */
  get pushCursor(): string {
    return `${this.prefix}push:cursor`;
  }
  /** String: the epoch of the history the push cursor counts in (another epoch: its seqs name other alerts). */
  get pushCursorEpoch(): string {
    return `${this.prefix}push:cursor-epoch`;
  }
  /** String: the id of the alert at the push cursor's seq (a new leader checks that it is still stored there). */
  get pushCursorId(): string {
    return `${this.prefix}push:cursor-id`;
  }
  /** Hash with a TTL: one alert version's delivery figures (socketsSent, acks, pushSent, pushFailed…), by seq. */
  delivery(seq: number): string {
    return `${this.prefix}delivery:${seq}`;
  }
  /** Sorted set: seqs that have delivery figures, newest last (trimmed), for the ops view and /metrics. */
  get deliveryRecent(): string {
    return `${this.prefix}delivery:recent`;
  }
  /** Hash: delivery figures summed over every alert (monotonic counters for /metrics). */
  get deliveryTotals(): string {
    return `${this.prefix}delivery:totals`;
  }
  /** BullMQ's own prefix (its keys are `<this>:<queue>:…`). */
  get bullPrefix(): string {
    return `${this.prefix}bull`;
  }
}
