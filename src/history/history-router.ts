// The read paths of stored alerts, served alike by the API and every gateway: GET /v1/alerts (history with
// cursors), /v1/alerts/:id and /v1/incidents/:id, each within the reader's topic grant.
import { Router, type Request } from 'express';
import { bearerToken } from '../access/bearer.js';
import { grantSeesAny, type ReadAccess, type TopicGrant } from '../access/topic-grant.js';
import { AlertIdSchema, alertReach } from '../core/alert.js';
import { parseAlertsQuery } from '../core/alerts-query.js';
import { AppError } from '../core/app-error.js';
import { parseIncidentQuery } from '../core/incident-query.js';
import type { AlertStore } from '../store/alert-store.js';

export interface HistoryRouterDeps {
  store: AlertStore;
  knownTopics: ReadonlySet<string>;
  /** Who may read which topics: with SIRENA_JWT_SECRET set, a subscriber token's, as for live alerts. */
  access: ReadAccess;
}

/**
 * @example app.use(historyRouter({ store, knownTopics, access: new ReadAccess(config) }));
 */
export function historyRouter(deps: HistoryRouterDeps): Router {
  const { store, knownTopics, access } = deps;
  const router = Router();
  const grantOf = (req: Request): Promise<TopicGrant> => access.grantFor(bearerToken(req.get('authorization')));

  router.get('/v1/alerts', async (req, res) => {
    const query = parseAlertsQuery(req.query, knownTopics);
    // No topic named: every topic the token allows, never the others.
    const topics = access.topicsToRead(await grantOf(req), query.topics, knownTopics);
    if (topics === undefined) {
      res.json({ alerts: [], next: null });
      return;
    }
    res.json(await store.historyPage({ ...query, topics }));
  });

  router.get('/v1/alerts/:id', async (req, res) => {
    const grant = await grantOf(req);
    const id = AlertIdSchema.safeParse(req.params.id);
    const alert = id.success ? await store.get(id.data) : null;
    if (!alert) throw new AppError('alert_not_found', `no stored alert with id ${JSON.stringify(req.params.id)}`);
    // A revised alert is seen by whoever may see any of its versions' topics, as it was delivered.
    if (!grantSeesAny(grant, alertReach(alert).topics)) throw new AppError('forbidden', 'your token does not allow any topic of this alert');
    // The latest version, and the earlier ones (oldest first) when editors revised it: each only where the grant
    // allows one of that version's own topics (a version re-topicked out of a restricted topic keeps it closed).
    const earlier = await store.earlierVersions(alert);
    res.json({ ...alert, revisions: earlier.filter((version) => grantSeesAny(grant, version.topics)) });
  });

  // Paged like history: an incident is bounded (SIRENA_INCIDENT_MAX_REPORTS), but one request must not answer a
  // whole incident grown before the bound, nor one of thousands of 20,000-character reports. A reader sees the
  // reports of its topics only.
  router.get('/v1/incidents/:id', async (req, res) => {
    const grant = await grantOf(req);
    const query = parseIncidentQuery(req.query);
    const id = AlertIdSchema.safeParse(req.params.id);
    const page = id.success ? await store.incidentPage(id.data, query) : { alerts: [], next: null };
    if (page.alerts.length === 0 && !(id.success && (await store.hasIncident(id.data)))) {
      throw new AppError('incident_not_found', `no stored alert belongs to incident ${JSON.stringify(req.params.id)}`);
    }
    // Reports are seen as they were delivered: by the topics any of their versions had. A page may come out short
    // or empty with `next` still set; only an incident none of whose reports the grant allows is forbidden.
    const alerts = page.alerts.filter((alert) => grantSeesAny(grant, alertReach(alert).topics));
    if (alerts.length === 0 && page.alerts.length > 0 && page.next === null && query.after === undefined) {
      throw new AppError('forbidden', 'your token does not allow the topics of this incident');
    }
    res.json({ id: req.params.id, ...page, alerts });
  });

  return router;
}
