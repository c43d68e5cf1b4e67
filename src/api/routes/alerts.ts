// GET /v1/alerts (history with cursors), /v1/alerts/:id, /v1/topics, /v1/incidents/:id.
import { Router } from 'express';
import { z } from 'zod';
import { AlertIdSchema } from '../../core/alert.js';
import { AppError, invalidRequest } from '../../core/app-error.js';
import { SeveritySchema } from '../../core/severity.js';
import { TopicIdSchema } from '../../core/topic.js';
import type { ApiDeps } from '../create-api.js';

/** Query integers are plain digits: `?after=` or `?after=1e3` is a mistake, not 0 or 1000. */
const digits = z.string().regex(/^\d{1,16}$/, 'must be a non-negative integer').transform(Number);
const seqParam = digits.pipe(z.number().max(Number.MAX_SAFE_INTEGER));

export const AlertsQuerySchema = z.strictObject({
  /** One topic or several (?topic=a&topic=b); any of them matches. */
  topic: z.union([TopicIdSchema, z.array(TopicIdSchema).max(64)]).optional(),
  minSeverity: SeveritySchema.optional(),
  /** Ascending from here: alerts with seq > after. */
  after: seqParam.optional(),
  /** Only alerts with seq < before. */
  before: seqParam.optional(),
  limit: digits.pipe(z.number().min(1).max(1000)).default(50),
  /** Default: asc when `after` is given, else desc (newest first). */
  order: z.enum(['asc', 'desc']).optional(),
});

export function alertsRouter(deps: ApiDeps): Router {
  const { store, classifier } = deps;
  const knownTopics = new Set(classifier.topics.map((topic) => topic.id));
  const router = Router();

  router.get('/v1/alerts', async (req, res) => {
    const parsed = AlertsQuerySchema.safeParse(req.query);
    if (!parsed.success) throw invalidRequest('the query', parsed.error.issues);
    const query = parsed.data;
    const topics = query.topic === undefined ? [] : [query.topic].flat();
    const unknown = topics.find((topic) => !knownTopics.has(topic));
    if (unknown !== undefined) throw new AppError('unknown_topic', `unknown topic ${JSON.stringify(unknown)}`);
    const order = query.order ?? (query.after === undefined ? 'desc' : 'asc');
    // One more than asked tells whether another page exists, so the last page says next: null.
    const found = await store.range({
      topics,
      limit: query.limit + 1,
      order,
      ...(query.minSeverity && { minSeverity: query.minSeverity }),
      ...(query.after !== undefined && { after: query.after }),
      ...(query.before !== undefined && { before: query.before }),
    });
    const alerts = found.slice(0, query.limit);
    const last = alerts[alerts.length - 1];
    const next = found.length <= query.limit || !last ? null : order === 'asc' ? { after: last.seq } : { before: last.seq };
    res.json({ alerts, next });
  });

  router.get('/v1/alerts/:id', async (req, res) => {
    const id = AlertIdSchema.safeParse(req.params.id);
    const alert = id.success ? await store.get(id.data) : null;
    if (!alert) throw new AppError('alert_not_found', `no stored alert with id ${JSON.stringify(req.params.id)}`);
    res.json(alert);
  });

  router.get('/v1/topics', async (_req, res) => {
    const counts = await store.topicCounts(classifier.topics.map((topic) => topic.id));
    res.json({ topics: classifier.topics.map((topic) => ({ ...topic, count: counts[topic.id] ?? 0 })) });
  });

  router.get('/v1/incidents/:id', async (req, res) => {
    const id = AlertIdSchema.safeParse(req.params.id);
    const alerts = id.success ? await store.incident(id.data) : [];
    if (alerts.length === 0) {
      throw new AppError('incident_not_found', `no stored alert belongs to incident ${JSON.stringify(req.params.id)}`);
    }
    res.json({ id: req.params.id, alerts });
  });

  return router;
}
