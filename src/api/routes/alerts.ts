// GET /v1/alerts (history with cursors), /v1/alerts/:id, /v1/topics, /v1/incidents/:id.
import { Router } from 'express';
import { AlertIdSchema } from '../../core/alert.js';
import { parseIncidentQuery } from '../../core/incident-query.js';
import { parseAlertsQuery } from '../../core/alerts-query.js';
import { AppError } from '../../core/app-error.js';
import type { ApiDeps } from '../create-api.js';

export function alertsRouter(deps: ApiDeps): Router {
  const { store, classifier } = deps;
  const knownTopics = new Set(classifier.topics.map((topic) => topic.id));
  const router = Router();

  router.get('/v1/alerts', async (req, res) => {
    const query = parseAlertsQuery(req.query, knownTopics);
    res.json(await store.historyPage(query));
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

  // Paged like history: an incident is bounded (SIRENA_INCIDENT_MAX_REPORTS), but one request must not answer a
  // whole incident grown before the bound, nor one of thousands of 20,000-character reports.
  router.get('/v1/incidents/:id', async (req, res) => {
    const query = parseIncidentQuery(req.query);
    const id = AlertIdSchema.safeParse(req.params.id);
    const page = id.success ? await store.incidentPage(id.data, query) : { alerts: [], next: null };
    if (page.alerts.length === 0 && !(id.success && (await store.hasIncident(id.data)))) {
      throw new AppError('incident_not_found', `no stored alert belongs to incident ${JSON.stringify(req.params.id)}`);
    }
    res.json({ id: req.params.id, ...page });
  });

  return router;
}
