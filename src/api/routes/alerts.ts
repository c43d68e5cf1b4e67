// GET /v1/alerts (history with cursors), /v1/alerts/:id, /v1/topics, /v1/incidents/:id.
import { Router } from 'express';
import { AlertIdSchema } from '../../core/alert.js';
import { alertPage, parseAlertsQuery } from '../../core/alerts-query.js';
import { AppError } from '../../core/app-error.js';
import type { ApiDeps } from '../create-api.js';

export function alertsRouter(deps: ApiDeps): Router {
  const { store, classifier } = deps;
  const knownTopics = new Set(classifier.topics.map((topic) => topic.id));
  const router = Router();

  router.get('/v1/alerts', async (req, res) => {
    const query = parseAlertsQuery(req.query, knownTopics);
    res.json(alertPage(await store.range({ ...query, limit: query.limit + 1 }), query));
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
