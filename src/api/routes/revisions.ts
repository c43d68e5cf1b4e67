// POST /v1/alerts/:id/revisions and /cancel: editors correct and cancel alerts (new versions under new seqs).
import { Router, type Request, type RequestHandler } from 'express';
import { AlertIdSchema } from '../../core/alert.js';
import type { TopicSummary } from '../../core/topic.js';
import { AppError, invalidRequest } from '../../core/app-error.js';
import { CancelRequestSchema, RevisionRequestSchema, type AlertChange } from '../../lifecycle/alert-revision.js';
import { AlertRevisions } from '../../lifecycle/alert-revisions.js';
import type { ApiDeps } from '../create-api.js';
import { createEditorAuth } from '../editor-auth.js';
import { jsonBody } from '../../http/json-body.js';

/**
 * Mounted by the API and, on a gateway without one, by the gateway (its web console's editor buttons post here).
 * @example app.use(revisionsRouter({ config, topics: classifier.topics, keys, writes: { redis, store } }));
 */
export function revisionsRouter(deps: Pick<ApiDeps, 'config' | 'keys' | 'writes'> & { topics: readonly TopicSummary[] }): Router {
  const { config } = deps;
  const knownTopics = new Set(deps.topics.map((topic) => topic.id));
  const { writes } = deps;
  const revisions = new AlertRevisions({ redis: writes.redis, keys: deps.keys, store: writes.store, incidentTtlSeconds: config.retention.seconds });
  const editor = createEditorAuth(config.editorKeys, config.publishKeys);
  const router = Router();

  const alertId = (req: Request): string => {
    const id = AlertIdSchema.safeParse(req.params.id);
    if (!id.success) throw new AppError('alert_not_found', `no stored alert with id ${JSON.stringify(req.params.id)}`);
    return id.data;
  };
  // After the key check (a caller without one learns nothing more), before the body is read.
  const body: RequestHandler[] = [
    (req, _res, next) => {
      if (!req.is('application/json')) throw new AppError('unsupported_media_type', 'this route takes Content-Type: application/json');
      next();
    },
    jsonBody(64 * 1024),
  ];

  router.post('/v1/alerts/:id/revisions', editor, ...body, async (req, res) => {
    const parsed = RevisionRequestSchema.safeParse(req.body);
    if (!parsed.success) throw invalidRequest('the revision', parsed.error.issues);
    const unknown = parsed.data.topics?.find((topic) => !knownTopics.has(topic));
    if (unknown !== undefined) throw new AppError('unknown_topic', `unknown topic ${JSON.stringify(unknown)}`);
    const change: AlertChange = { kind: 'update', ...parsed.data };
    res.status(201).json(await revisions.apply(alertId(req), change));
  });

  router.post('/v1/alerts/:id/cancel', editor, ...body, async (req, res) => {
    const parsed = CancelRequestSchema.safeParse(req.body);
    if (!parsed.success) throw invalidRequest('the cancellation', parsed.error.issues);
    res.status(201).json(await revisions.apply(alertId(req), { kind: 'cancel', ...parsed.data }));
  });

  return router;
}
