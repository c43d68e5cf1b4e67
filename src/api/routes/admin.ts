// /admin: Bull Board at /admin/queues, the ops JSON view at /admin/ops and a sign-in form, all behind SIRENA_ADMIN_TOKEN.
import express, { Router } from 'express';
import { AppError } from '../../core/app-error.js';
import type { OpsStatus } from '../../core/ops-status.js';
import { parse as parseCookies } from 'cookie';
import { ADMIN_COOKIE, assertAdminEnabled, createAdminAuth } from '../admin-auth.js';
import { AdminSessions } from '../admin-sessions.js';
import { TrustedProxies } from '../../proxy/trusted-proxies.js';
import { createSecretMatcher } from '../../access/bearer.js';
import type { ApiDeps } from '../create-api.js';
import { QUEUE_STATES } from '../../core/ops-status.js';
import { DeliveryFigures } from '../../push/delivery-figures.js';
import { createPushQueue } from '../../push/push-queue.js';
import { PushSubscriptions } from '../../push/push-subscriptions.js';

export const BULL_BOARD_PATH = '/admin/queues';

const LOGIN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sirena admin</title>
<style>body{font:16px system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}input,button{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;margin:.25rem 0}</style>
</head><body><h1>Sirena admin</h1>
<form method="post" action="/admin/login"><label for="token">Admin token (SIRENA_ADMIN_TOKEN)</label>
<input id="token" name="token" type="password" autocomplete="current-password" required><button type="submit">Sign in</button></form>
<p><a href="${BULL_BOARD_PATH}">Queues</a> · <a href="/admin/ops">Ops view (JSON)</a></p>
<form method="post" action="/admin/logout"><button type="submit">Sign out</button></form></body></html>`;

export function adminRouter(deps: ApiDeps): Router {
  const { config, store, producer, classifier } = deps;
  const token = config.adminToken;
  const router = Router();

  router.get('/admin/login', (_req, res) => {
    assertAdminEnabled(token);
    res.type('html').send(LOGIN_PAGE);
  });

  const matches = createSecretMatcher(token === undefined ? [] : [token]);
  const sessions = token === undefined ? undefined : new AdminSessions({ redis: deps.redis, keys: deps.keys, token });
  const proxies = new TrustedProxies(config.trustedProxies);
  router.post('/admin/login', express.urlencoded({ extended: false, limit: 4096 }), async (req, res) => {
    assertAdminEnabled(token);
    // The client's address, read as every other limit reads it (behind a trusted proxy, the one it forwarded).
    const address = proxies.clientAddress(req);
    const succeeded = await sessions!.attempt(address);
    const presented = (req.body as { token?: unknown } | undefined)?.token;
    if (typeof presented !== 'string' || !matches(presented)) throw new AppError('unauthorized', 'the admin token is not valid');
    await succeeded();
    // The cookie holds a session value, never the token; Secure when the request came over HTTPS (req.secure
    // honours X-Forwarded-Proto only from a trusted proxy).
    const session = await sessions!.create();
    res.cookie(ADMIN_COOKIE, session, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/admin',
      secure: req.secure,
      maxAge: sessions!.ttlSeconds * 1000,
    });
    res.redirect(303, BULL_BOARD_PATH);
  });
  router.post('/admin/logout', async (req, res) => {
    assertAdminEnabled(token);
    const session = parseCookies(req.get('cookie') ?? '')[ADMIN_COOKIE];
    if (session) await sessions!.revoke(session);
    res.clearCookie(ADMIN_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/admin', secure: req.secure });
    res.redirect(303, '/admin/login');
  });

  router.use('/admin', createAdminAuth(token, sessions, (req) => proxies.clientAddress(req)));

  const figures = new DeliveryFigures({ redis: deps.redis, keys: deps.keys });
  const pushSubscriptions = new PushSubscriptions({ redis: deps.redis, keys: deps.keys });
  const pushQueue = createPushQueue({ connection: deps.redis, keys: deps.keys });
  const delivery = async (): Promise<OpsStatus['delivery']> => {
    const [subscriptions, pushJobs, recent] = await Promise.all([pushSubscriptions.count(), pushQueue.getJobCounts(...QUEUE_STATES), figures.recent(50)]);
    const ids = new Map((await store.getBySeqs(recent.map((entry) => entry.seq))).map((alert) => [alert.seq, alert.id]));
    return {
      pushSubscriptions: subscriptions,
      pushJobs: Object.fromEntries(QUEUE_STATES.map((state) => [state, pushJobs[state] ?? 0])) as OpsStatus['delivery']['pushJobs'],
      recent: recent.map((entry) => ({ ...entry, id: ids.get(entry.seq) ?? '' })),
    };
  };

  router.get('/admin/ops', async (_req, res) => {
    const topicIds = classifier.topics.map((topic) => topic.id);
    const [queue, counts, latestSeq, oldestSeq, epoch, deliveryStatus] = await Promise.all([
      producer.status(),
      store.topicCounts(topicIds),
      store.latestSeq(),
      store.oldestSeq(),
      store.epoch(),
      delivery(),
    ]).catch((error: unknown) => {
      throw new AppError('unavailable', 'Redis or the queue cannot be reached', { retryAfter: 2, cause: error });
    });
    const { wait, prioritized, delayed } = queue.jobs;
    const body: OpsStatus = {
      queue: { depth: wait + prioritized + delayed, maxDepth: config.maxQueueDepth, jobs: queue.jobs, workers: queue.workers },
      history: { latestSeq, oldestSeq, epoch },
      topics: classifier.topics.map((topic) => ({ id: topic.id, name: topic.name, count: counts[topic.id] ?? 0 })),
      delivery: deliveryStatus,
    };
    res.json(body);
  });

  // Bull Board is built only when it can be reached (its UI assets are served from node_modules), and loaded at its
  // first request: the API starts ~60 ms of CPU faster without it.
  if (token !== undefined) {
    let board: Promise<Router> | undefined;
    const loadBoard = async (): Promise<Router> => {
      const [{ createBullBoard }, { BullMQAdapter }, { ExpressAdapter }] = await Promise.all([
        import('@bull-board/api'),
        import('@bull-board/api/bullMQAdapter'),
        import('@bull-board/express'),
      ]);
      const adapter = new ExpressAdapter();
      adapter.setBasePath(BULL_BOARD_PATH);
      createBullBoard({
        queues: [new BullMQAdapter(producer.readQueue, { readOnlyMode: false }), new BullMQAdapter(pushQueue, { readOnlyMode: false })],
        serverAdapter: adapter,
      });
      return adapter.getRouter() as Router;
    };
    router.use(BULL_BOARD_PATH, (req, res, next) => {
      board ??= loadBoard();
      board.then((handle) => handle(req, res, next), next);
    });
  }
  return router;
}
