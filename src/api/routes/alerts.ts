// GET /v1/topics, and the read paths of stored alerts (history, single alerts, incidents) that the API shares with
// every gateway.
import { Router } from 'express';
import { ReadAccess } from '../../access/topic-grant.js';
import { capRouter } from '../../cap/cap-router.js';
import { historyRouter } from '../../history/history-router.js';
import { stateRouter } from '../../history/state-router.js';
import type { ApiDeps } from '../create-api.js';

export function alertsRouter(deps: ApiDeps): Router {
  const { store, classifier, config } = deps;
  const knownTopics = new Set(classifier.topics.map((topic) => topic.id));
  const router = Router();

  const access = new ReadAccess(config);
  router.use(historyRouter({ store, knownTopics, access }));
  router.use(stateRouter({ states: deps.areaStates, access }));
  router.use(capRouter({ store, topics: classifier.topics, areas: deps.areaStates.areas, sender: config.capSender, access }));

  router.get('/v1/topics', async (_req, res) => {
    const counts = await store.topicCounts(classifier.topics.map((topic) => topic.id));
    res.json({ topics: classifier.topics.map((topic) => ({ ...topic, count: counts[topic.id] ?? 0 })) });
  });

  return router;
}
