// GET /v1/alerts on a gateway: the console lists history where it subscribes, even on a gateway-only host.
import { Router } from 'express';
import { bearerToken } from '../api/publisher-auth.js';
import { alertPage, parseAlertsQuery } from '../core/alerts-query.js';
import { AppError } from '../core/app-error.js';
import type { AlertStore } from '../store/alert-store.js';
import { GRANT_ALL, verifySubscriberToken, type TopicGrant } from './subscriber-auth.js';

export interface HistoryRouterDeps {
  store: AlertStore;
  knownTopics: ReadonlySet<string>;
  /** HS256 secret for subscriber tokens; set: history is read with a token, within its topics, as live alerts are. */
  secret: Uint8Array | undefined;
}

/** The same query and answer as the API's GET /v1/alerts (where both run in one process, the API's answers). */
export function historyRouter(deps: HistoryRouterDeps): Router {
  const { store, knownTopics, secret } = deps;
  const router = Router();
  router.get('/v1/alerts', async (req, res) => {
    const query = parseAlertsQuery(req.query, knownTopics);
    const grant = await readGrant(bearerToken(req.get('authorization')), secret);
    if (!grant.all) {
      const denied = query.topics.find((topic) => !grant.topics.has(topic));
      if (denied !== undefined) throw new AppError('forbidden', `your token does not allow topic ${JSON.stringify(denied)}`);
      // No topic named: every topic the token allows, never the others.
      if (query.topics.length === 0) query.topics = [...grant.topics].filter((topic) => knownTopics.has(topic));
      if (query.topics.length === 0) {
        res.json({ alerts: [], next: null });
        return;
      }
    }
    res.json(alertPage(await store.range({ ...query, limit: query.limit + 1 }), query));
  });
  return router;
}

async function readGrant(token: string | undefined, secret: Uint8Array | undefined): Promise<TopicGrant> {
  if (!secret) return GRANT_ALL;
  try {
    return await verifySubscriberToken(token, secret);
  } catch (error) {
    throw new AppError('unauthorized', `a subscriber token is required (Authorization: Bearer): ${(error as Error).message}`);
  }
}
