// GET /v1/alerts/:id/cap and GET /v1/feeds/cap: alerts as CAP 1.2 documents and an Atom feed of them, served alike
// by the API and every gateway, within the reader's topic grant (the same rule as GET /v1/alerts/:id).
import { Router, type Request } from 'express';
import { z } from 'zod';
import { bearerToken } from '../access/bearer.js';
import { grantSeesAny, type ReadAccess, type TopicGrant } from '../access/topic-grant.js';
import { AlertIdSchema, alertReach, type Alert } from '../core/alert.js';
import { parseAlertsQuery } from '../core/alerts-query.js';
import { AppError, invalidRequest } from '../core/app-error.js';
import { SeveritySchema } from '../core/severity.js';
import { TopicIdSchema } from '../core/topic.js';
import type { TopicSummary } from '../core/topic.js';
import type { Area } from '../lifecycle/areas.js';
import type { AlertStore } from '../store/alert-store.js';
import { CAP_MEDIA_TYPE, capAlertDocument, type CapExportOptions } from './alert-to-cap.js';
import { ATOM_MEDIA_TYPE, capAtomFeed } from './cap-feed.js';

export interface CapRouterDeps {
  store: AlertStore;
  topics: readonly TopicSummary[];
  /** The areas whose names make an alert's `areaDesc`, by topic. */
  areas: readonly Area[];
  /** SIRENA_CAP_SENDER. */
  sender: string;
  /** The grant of GET /v1/alerts/:id (SIRENA_JWT_SECRET). */
  access: ReadAccess;
}

export const CapQuerySchema = z.strictObject({
  /** Which version: 0 for the first, n for revision n; absent: the latest. */
  revision: z.string().regex(/^\d{1,9}$/, 'must be a non-negative integer').transform(Number).optional(),
});

/** Most entries a feed holds. */
export const CAP_FEED_MAX_ENTRIES = 100;

export const CapFeedQuerySchema = z.strictObject({
  /** One topic or several (?topic=a&topic=b); any of them matches. None: every topic the token allows. */
  topic: z.union([TopicIdSchema, z.array(TopicIdSchema).max(64)]).optional(),
  minSeverity: SeveritySchema.optional(),
  /** Entries, newest first. @defaultValue 50 */
  limit: z.string().regex(/^\d{1,3}$/, 'must be an integer from 1 to 100').transform(Number).pipe(z.number().min(1).max(CAP_FEED_MAX_ENTRIES)).optional(),
});

/**
 * @example app.use(capRouter({ store, topics, areas: areaStates.areas, sender: config.capSender, access }));
 */
export function capRouter(deps: CapRouterDeps): Router {
  const { store, access } = deps;
  const knownTopics = new Set(deps.topics.map((topic) => topic.id));
  const options: CapExportOptions = {
    sender: deps.sender,
    topicNames: new Map(deps.topics.map((topic) => [topic.id, topic.name])),
    topicAreas: new Map(deps.topics.map((topic) => [topic.id, deps.areas.filter((area) => area.topic === topic.id).map((area) => area.name)])),
  };
  const router = Router();
  const grantOf = (req: Request): Promise<TopicGrant> => access.grantFor(bearerToken(req.get('authorization')));

  router.get('/v1/alerts/:id/cap', async (req, res) => {
    const grant = await grantOf(req);
    const query = CapQuerySchema.safeParse(req.query);
    if (!query.success) throw invalidRequest('the query', query.error.issues);
    const id = AlertIdSchema.safeParse(req.params.id);
    const latest = id.success ? await store.get(id.data) : null;
    if (!latest) throw new AppError('alert_not_found', `no stored alert with id ${JSON.stringify(req.params.id)}`);
    // The alert is readable by whoever may read any of its versions' topics (its reach), as it was delivered.
    if (!grantSeesAny(grant, alertReach(latest).topics)) throw new AppError('forbidden', 'your token does not allow any topic of this alert');
    const versions = [...(await store.earlierVersions(latest)), latest];
    const wanted = query.data.revision ?? latest.revision ?? 0;
    const at = versions.findIndex((version) => (version.revision ?? 0) === wanted);
    if (at < 0) throw new AppError('alert_not_found', `alert ${JSON.stringify(latest.id)} has no stored revision ${wanted}`);
    // An earlier version only where the grant allows one of its own topics, as GET /v1/alerts/:id lists them (a
    // version re-topicked out of a restricted topic keeps that one closed).
    if (at < versions.length - 1 && !grantSeesAny(grant, (versions[at] as Alert).topics)) {
      throw new AppError('forbidden', `your token does not allow any topic of revision ${wanted} of this alert`);
    }
    res.type(CAP_MEDIA_TYPE).send(capAlertDocument(versions[at] as Alert, versions.slice(0, at), options));
  });

  // The latest version of each alert, newest first, like GET /v1/alerts (and within the same scan budget: a page
  // that a severity filter thins ends short).
  router.get('/v1/feeds/cap', async (req, res) => {
    const grant = await grantOf(req);
    const parsed = CapFeedQuerySchema.safeParse(req.query);
    if (!parsed.success) throw invalidRequest('the query', parsed.error.issues);
    const { limit = 50, ...filter } = parsed.data;
    const query = parseAlertsQuery({ ...filter, limit: String(limit) }, knownTopics);
    const topics = access.topicsToRead(grant, query.topics, knownTopics);
    const alerts = topics === undefined ? [] : (await store.historyPage({ ...query, topics })).alerts;
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const feed = capAtomFeed(alerts, {
      selfUrl: `${base}${req.originalUrl}`,
      capUrl: (alert) => `${base}/v1/alerts/${encodeURIComponent(alert.id)}/cap`,
      sender: deps.sender,
      now: new Date().toISOString(),
    });
    res.type(ATOM_MEDIA_TYPE).send(feed);
  });

  return router;
}
