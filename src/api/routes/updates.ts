// POST /v1/updates: validate, authenticate, check backpressure, queue. 202 means it is in Redis and will be alerted.
// A CAP 1.2 message (application/cap+xml) is an update too, or, as an Update/Cancel, a revision of the publisher's alert.
import express, { Router, type Request, type Response } from 'express';
import { jsonBody } from '../../http/json-body.js';
import { ulid } from 'ulid';
import { AppError, invalidRequest } from '../../core/app-error.js';
import { severityRank } from '../../core/severity.js';
import { parseUpdatesBody, type AcceptedUpdate, type UpdateInput } from '../../core/update.js';
import type { ApiDeps } from '../create-api.js';
import { createIngestRateLimit } from '../ingest-rate-limit.js';
import { createPublisherAuth, publisherOf } from '../publisher-auth.js';
import { TrustedProxies } from '../../proxy/trusted-proxies.js';
import { UrgentHintBudget } from '../urgent-hint-budget.js';
import { PartialEnqueueError, URGENT_HINT_PRIORITY, URGENT_PRIORITY } from '../../queue/update-queue.js';
import { LOOPBACK_PUBLISHER, UpdateIdClaims } from '../../store/update-id-claims.js';
import { ReplicaAckError } from '../../store/redis-connection.js';
import { CAP_MEDIA_TYPE } from '../../cap/alert-to-cap.js';
import { CAP_MAX_BYTES, CapRevisions } from '../../cap/cap-revisions.js';
import { capToChange, capToUpdate, checkRelayable } from '../../cap/cap-to-update.js';
import { parseCap, type CapMessage } from '../../cap/parse-cap.js';
import { AlertRevisions } from '../../lifecycle/alert-revisions.js';

/** How far ahead of the server's clock a publishedAt may be (clock skew), ms. */
const MAX_PUBLISHED_AHEAD_MS = 5 * 60_000;

export function updatesRouter(deps: ApiDeps): Router {
  const { config, producer, classifier, redis, metrics } = deps;
  // Claims and revisions are waited on (SIRENA_REDIS_MIN_REPLICAS) on the connection that wrote them.
  const { writes } = deps;
  const rateLimit = createIngestRateLimit({
    redis,
    keys: deps.keys,
    limit: config.ingestRate.limit,
    byteLimit: config.ingestRate.byteLimit,
    windowSeconds: config.ingestRate.windowSeconds,
  });
  const knownTopics = new Set(classifier.topics.map((topic) => topic.id));
  // A claim outlives the alert and its idempotency, so no other publisher's update can take a stored alert's id.
  const idClaims = new UpdateIdClaims({ redis: writes.redis, keys: deps.keys, ttlSeconds: Math.max(config.idempotencySeconds, config.retention.seconds) });
  const capRevisions = new CapRevisions({
    redis,
    keys: deps.keys,
    idClaims,
    revisions: new AlertRevisions({ redis: writes.redis, keys: deps.keys, store: writes.store, incidentTtlSeconds: config.retention.seconds }),
    store: deps.store,
    ttlSeconds: Math.max(config.idempotencySeconds, config.retention.seconds),
  });
  const hintBudget = new UrgentHintBudget({ redis, keys: deps.keys, perMinute: config.urgentHintsPerMinute });
  const router = Router();

  router.post(
    '/v1/updates',
    createPublisherAuth(config.publishKeys, new TrustedProxies(config.trustedProxies)),
    // Counted before the body is read; the verdict comes back while it is parsed and checked.
    rateLimit.count,
    (req, _res, next) => {
      // A CAP 1.2 message goes on to the CAP route below (after the same key check and count).
      if (req.is(CAP_MEDIA_TYPE)) {
        next('route');
        return;
      }
      if (!req.is('application/json')) {
        throw new AppError('unsupported_media_type', `POST /v1/updates takes Content-Type: application/json or ${CAP_MEDIA_TYPE}`);
      }
      next();
    },
    jsonBody(config.maxBodyBytes, rateLimit.measureBody),
    async (req, res) => {
      const parsed = parseUpdatesBody(req.body);
      await accept(res, parsed.success ? parsed.updates : invalidRequest('the update', parsed.issues));
    },
  );
  // Reached only through next('route') above, after the key check and the count (publisherOf throws otherwise).
  router.post(
    '/v1/updates',
    (_req, res, next) => {
      publisherOf(res);
      next();
    },
    express.text({ type: () => true, limit: Math.min(config.maxBodyBytes, CAP_MAX_BYTES), verify: (req, res, body) => rateLimit.measureBody(req as Request, res as Response, body) }),
    async (req, res) => {
      const read = readCap(req.body);
      if (read instanceof AppError) {
        await accept(res, read);
        return;
      }
      if (read.update) {
        await accept(res, [read.update]);
        return;
      }
      const { message } = read;
      await rateLimit.verdict(res);
      const publisher = config.publishKeys.length === 0 ? LOOPBACK_PUBLISHER : publisherOf(res);
      const applied = await capRevisions.apply(publisher, message, capToChange(message));
      metrics.updatesAccepted.inc({ outcome: 'accepted' });
      res.status(applied.repeat ? 200 : 201).json(applied.alert);
    },
  );
  // Errors of the steps after the count (wrong type, bad JSON or XML, too big) wait for the verdict too.
  router.use('/v1/updates', rateLimit.verdictFirst);
  return router;

  /**
   * A CAP body parsed and checked, with the update an Alert makes; or the 400 that refuses it (thrown once the rate
   * limit's verdict is in).
   */
  function readCap(body: unknown): { message: CapMessage; update?: UpdateInput } | AppError {
    try {
      const message = parseCap(typeof body === 'string' ? body : '');
      checkRelayable(message);
      return message.msgType === 'Alert' ? { message, update: capToUpdate(message) } : { message };
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  }

  /**
   * Queues parsed updates (202 with their ids), or throws `refusal`; either waits for the rate limit's verdict first.
   */
  async function accept(res: Response, parsed: UpdateInput[] | AppError): Promise<void> {
    const refusal = parsed instanceof AppError ? parsed : (unknownTopics(parsed) ?? futurePublished(parsed));
    // Over the limit answers 429 whatever the body, as if the limit were checked before it was read.
    await rateLimit.verdict(res);
    if (refusal || parsed instanceof AppError) {
      metrics.updatesAccepted.inc({ outcome: 'rejected' });
      throw refusal;
    }
    if (redis.status !== 'ready' || writes.redis.status !== 'ready') {
      throw new AppError('unavailable', 'Redis is unreachable; nothing was accepted', { retryAfter: 2 });
    }
    const unreachable = () => {
      throw new AppError('unavailable', 'the queue is unreachable; nothing was accepted', { retryAfter: 2 });
    };
    // Idempotency is per publisher (without keys, every loopback poster is one): the ids are claimed for it while
    // the depth is read, and another publisher's id gets an alert id of its own (see UpdateIdClaims).
    const publisher = config.publishKeys.length === 0 ? LOOPBACK_PUBLISHER : publisherOf(res);
    const claimed = idClaims.assign(publisher, parsed.map((input) => input.id ?? ulid()));
    claimed.catch(() => undefined); // awaited below, unless the depth refuses first
    // Classifying here orders the queue (an extreme alert jumps a backlog); with a fingerprint, the job also carries
    // the classification, which a worker of the same classifier stores instead of classifying again. Done while the
    // claims are on their way.
    const updates = parsed.map(queueOrder);
    const hintOnly = updates.filter((update) => update.hintOnly).length;
    const granting = hintBudget.take(publisher, hintOnly);
    granting.catch(() => undefined);
    // A recent reading decides at once; one that would refuse is read again first, so a queue that has just
    // drained never turns updates away.
    let depth = await producer.depth().catch(unreachable);
    if (depth + updates.length > config.maxQueueDepth) depth = await producer.depth({ fresh: true }).catch(unreachable);
    if (depth + updates.length > config.maxQueueDepth) {
      throw new AppError('queue_overloaded', `${depth} updates are waiting (limit ${config.maxQueueDepth}); nothing was accepted`, {
        retryAfter: 1,
      });
    }
    const ids = await claimed.catch(unreachable);
    let granted = await granting.catch(unreachable);
    const receivedAt = new Date().toISOString();
    const items = updates.map(({ input, priority, hintOnly, topics, classification }, i) => {
      const update: AcceptedUpdate = {
        ...input,
        id: ids[i]!,
        receivedAt,
        ...(updates.length > 1 && { batchIndex: i }),
        ingestTopics: topics,
        ...(classification && { classification }),
      };
      if (!hintOnly) return { update, priority };
      // A hint alone: on the urgent lane behind the genuine ones within the publisher's budget, else first in line.
      return granted-- > 0 ? { update, priority: URGENT_HINT_PRIORITY, urgent: true } : { update, priority, urgent: false };
    });
    try {
      await producer.enqueue(items);
    } catch (error) {
      if (error instanceof ReplicaAckError) {
        // Queued on the primary, but not on enough replicas to survive a failover: not acknowledged. It may still be
        // alerted; a retry with the same ids is idempotent.
        throw new AppError('unavailable', `${error.message}; the updates may still be alerted: retry with the ids in issues`, {
          retryAfter: 1,
          cause: error,
          issues: items.map(({ update }, i) => ({ path: `updates.${i}.id`, code: 'retry_with_id', message: update.id })),
        });
      }
      if (error instanceof PartialEnqueueError && error.partly) {
        // Some were queued: the ids they got make a retry idempotent, so hand them back for it.
        throw new AppError('unavailable', 'the queue failed midway: some updates were queued; retry with the ids in issues', {
          retryAfter: 2,
          cause: error,
          issues: items.map(({ update }, i) => ({ path: `updates.${i}.id`, code: 'retry_with_id', message: update.id })),
        });
      }
      throw new AppError('unavailable', 'the queue is unreachable; nothing was accepted', { retryAfter: 2, cause: error });
    }
    metrics.updatesAccepted.inc({ outcome: 'accepted' }, items.length);
    res.status(202).json({ accepted: items.length, ids: items.map(({ update }) => update.id) });
  }

  /**
   * Where an update waits: its priority by its severity, hint included; `hintOnly` when the hint alone makes it
   * extreme (its own words do not), which buys the urgent lane only within the publisher's budget. With a fingerprint,
   * the classification a worker would make (reasons and severity hint included) goes with it.
   */
  function queueOrder(input: UpdateInput): {
    input: UpdateInput;
    priority: number;
    hintOnly: boolean;
    topics: string[];
    classification?: NonNullable<AcceptedUpdate['classification']>;
  } {
    const by = deps.classifierFingerprint;
    const ownClassification = classifier.classify({ ...input, severity: undefined }, { explain: by !== undefined });
    const own = ownClassification.severity;
    const priority = deps.priorityOf(input.severity && severityRank(input.severity) > severityRank(own) ? input.severity : own);
    const hintOnly = priority === URGENT_PRIORITY && deps.priorityOf(own) !== URGENT_PRIORITY;
    const topics = [...ownClassification.topics];
    if (by === undefined) return { input, priority, hintOnly, topics };
    // A severity hint changes more than the severity (the learned topic check stays off an extreme alert): classified
    // again with it.
    const final = input.severity === undefined ? ownClassification : classifier.classify(input);
    return { input, priority, hintOnly, topics, classification: { by, topics: [...final.topics], severity: final.severity, reasons: [...final.reasons] } };
  }

  /** 400 unknown_topic naming every hint that is no configured topic, or undefined. */
  /** A publishedAt far in the future would pin an area's state (a report published before it changes nothing). */
  function futurePublished(updates: readonly UpdateInput[]): AppError | undefined {
    const limit = Date.now() + MAX_PUBLISHED_AHEAD_MS;
    const ahead = updates.flatMap((update, i) => (update.publishedAt !== undefined && Date.parse(update.publishedAt) > limit ? [i] : []));
    if (ahead.length === 0) return undefined;
    return new AppError('invalid_request', `publishedAt may be at most 5 minutes in the future (update ${ahead[0]})`, {
      issues: ahead.map((i) => ({ path: `updates.${i}.publishedAt`, code: 'too_big', message: 'more than 5 minutes in the future' })),
    });
  }

  function unknownTopics(updates: readonly UpdateInput[]): AppError | undefined {
    const unknown = updates.flatMap((update, i) => (update.topics ?? []).filter((topic) => !knownTopics.has(topic)).map((topic) => ({ i, topic })));
    if (unknown.length === 0) return undefined;
    return new AppError('unknown_topic', `unknown topic ${JSON.stringify(unknown[0]?.topic)}`, {
      issues: unknown.map(({ i, topic }) => ({ path: `updates.${i}.topics`, code: 'unknown_topic', message: topic })),
    });
  }
}
