// The OpenAPI 3.1 document of every HTTP route (API, gateway, admin), generated from the zod wire schemas.
import { z } from 'zod';
import { AlertPageSchema, AlertSchema, AlertWithRevisionsSchema, IncidentSchema } from '../core/alert.js';
import { AlertsQuerySchema } from '../core/alerts-query.js';
import { CapFeedQuerySchema, CapQuerySchema } from '../cap/cap-router.js';
import { ErrorBodySchema } from '../core/app-error.js';
import { StateResponseSchema } from '../core/area-state.js';
import { ERROR_CODES, type ErrorCode } from '../core/error-codes.js';
import { HealthSchema, ReadinessSchema } from '../core/health.js';
import { IncidentQuerySchema } from '../core/incident-query.js';
import { OpsStatusSchema } from '../core/ops-status.js';
import { CancelRequestSchema, RevisionRequestSchema } from '../lifecycle/alert-revision.js';
import { StreamQuerySchema } from '../core/subscription.js';
import { TopicListSchema } from '../core/topic.js';
import { PushAckRequestSchema, PushSubscribeRequestSchema } from '../core/push.js';
import { AcceptedResponseSchema, UpdateBatchSchema, UpdateInputSchema } from '../core/update.js';

type JsonSchema = Record<string, unknown>;

/** Named wire shapes: each becomes components.schemas.<name>, referenced wherever it is used. */
const COMPONENTS = {
  Alert: AlertSchema,
  AlertWithRevisions: AlertWithRevisionsSchema,
  RevisionRequest: RevisionRequestSchema,
  StateResponse: StateResponseSchema,
  CancelRequest: CancelRequestSchema,
  AlertPage: AlertPageSchema,
  Incident: IncidentSchema,
  TopicList: TopicListSchema,
  Update: UpdateInputSchema,
  UpdateBatch: UpdateBatchSchema,
  Accepted: AcceptedResponseSchema,
  Error: ErrorBodySchema,
  Health: HealthSchema,
  Readiness: ReadinessSchema,
  OpsStatus: OpsStatusSchema,
  PushSubscribeRequest: PushSubscribeRequestSchema,
  PushSubscribed: z.object({ id: z.string().describe('The subscription id: DELETE /v1/push/subscriptions/{id} removes it') }),
  VapidPublicKey: z.object({ key: z.string().describe('The VAPID public key, base64url: PushManager.subscribe({ applicationServerKey })') }),
  PushAck: PushAckRequestSchema,
} as const;
type ComponentName = keyof typeof COMPONENTS;

interface Body {
  description: string;
  /** A component, or a media type with no schema (HTML, Prometheus text, an event stream). */
  schema?: ComponentName | { oneOf: ComponentName[] };
  mediaType?: string;
  /** Other media types the body may have, described in prose (CAP 1.2 XML on POST /v1/updates). */
  alsoMediaTypes?: string[];
}

interface Operation {
  method: 'get' | 'post' | 'delete';
  /** Express syntax (`:id`); the document uses `{id}`. */
  path: string;
  summary: string;
  tag: 'ingest' | 'alerts' | 'stream' | 'push' | 'health' | 'docs' | 'admin' | 'console';
  query?: z.ZodObject;
  pathParams?: Record<string, string>;
  headers?: Record<string, string>;
  requestBody?: Body;
  responses: Record<number, Body>;
  /** Error codes this operation may answer with (each has its status in the catalog). */
  errors?: ErrorCode[];
  security?: 'publisherKey' | 'editorKey' | 'adminToken' | 'subscriberToken';
}

const FAILURES: ErrorCode[] = ['internal_error', 'shutting_down'];

const OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/v1/updates',
    tag: 'ingest',
    summary:
      'Post one update or a batch of up to 1000; 202 means it is in Redis and will be alerted. A publishedAt more than 5 minutes in the future is refused (400). ' +
      'With Content-Type application/cap+xml the body is one CAP 1.2 <alert> (at most 256 KiB): an Alert is an update ' +
      '(headline → title, description → text, identifier → id, sent → publishedAt, severity → severity hint; 202); an ' +
      'Update or Cancel whose references name an alert this publisher sent (or its earlier CAP Update) is applied as a ' +
      'revision of it (201 with the new version; the same message again: 200 with the latest, not applied twice; another ' +
      "publisher's alert: 403). DTDs and entities are refused (xml_dtd_forbidden), as are malformed XML (invalid_xml), " +
      'XML that is not CAP 1.2 (invalid_cap), CAP 1.0/1.1 (cap_version_unsupported), and status other than Actual, scope ' +
      'other than Public, Ack/Error or an identifier that is no alert id (cap_not_relayed).',
    requestBody: { description: 'One update, or `{"updates":[…]}`; or a CAP 1.2 `<alert>` as application/cap+xml', schema: { oneOf: ['Update', 'UpdateBatch'] }, alsoMediaTypes: ['application/cap+xml'] },
    responses: {
      202: { description: 'Accepted (queued for classification)', schema: 'Accepted' },
      201: { description: 'A CAP Update or Cancel applied: the new version', schema: 'Alert' },
      200: { description: 'A CAP Update or Cancel already applied: the latest version', schema: 'Alert' },
    },
    errors: [
      'invalid_json', 'invalid_request', 'invalid_xml', 'xml_dtd_forbidden', 'invalid_cap', 'cap_version_unsupported', 'cap_not_relayed', 'unknown_topic',
      'unauthorized', 'forbidden', 'alert_not_found', 'alert_cancelled', 'payload_too_large', 'unsupported_media_type', 'rate_limited', 'queue_overloaded', 'unavailable', ...FAILURES,
    ],
    security: 'publisherKey',
  },
  {
    method: 'get',
    path: '/v1/alerts',
    tag: 'alerts',
    summary:
      'Stored alerts: newest first, or ascending from `after`. One request reads at most 1,000 stored alerts: a ' +
      '`minSeverity` that skips most of them ends the page early, perhaps empty, with `next` to go on from. ' +
      'Every gateway answers it too (its console lists history from it). With SIRENA_JWT_SECRET set it needs a ' +
      'subscriber token (but for SIRENA_PUBLIC_TOPICS) and lists only the topics the token allows (403 for others).',
    query: AlertsQuerySchema,
    responses: { 200: { description: 'A page of alerts', schema: 'AlertPage' } },
    errors: ['invalid_request', 'unknown_topic', 'unauthorized', 'forbidden', ...FAILURES],
    security: 'subscriberToken',
  },
  {
    method: 'get',
    path: '/v1/alerts/:id',
    tag: 'alerts',
    summary:
      'One stored alert by id: its latest version, with `revisions` (the earlier versions editors replaced, oldest ' +
      'first; empty when never revised). With SIRENA_JWT_SECRET set, the token must allow one of its topics (403 otherwise).',
    pathParams: { id: 'The alert id (the update id)' },
    responses: { 200: { description: 'The alert', schema: 'AlertWithRevisions' } },
    errors: ['alert_not_found', 'unauthorized', 'forbidden', ...FAILURES],
    security: 'subscriberToken',
  },
  {
    method: 'get',
    path: '/v1/alerts/:id/cap',
    tag: 'alerts',
    summary:
      'One stored alert as a CAP 1.2 message (`<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">`): its latest ' +
      'version, or `?revision=n` (0 the first). Each version has its own identifier (the id, then `<id>~r<n>`), sender ' +
      'SIRENA_CAP_SENDER, sent (the first version\'s publishedAt, a revision\'s time), status Actual, msgType ' +
      'Alert/Update/Cancel (an Update or Cancel `references` every earlier version as sender,identifier,sent), scope ' +
      'Public, and one info (language, category, event, urgency, severity, certainty, headline, description, area). ' +
      'Every gateway answers it too; the read grant is that of GET /v1/alerts/:id (an earlier version needs one of its own topics).',
    pathParams: { id: 'The alert id' },
    query: CapQuerySchema,
    responses: { 200: { description: 'The CAP 1.2 document', mediaType: 'application/cap+xml' } },
    errors: ['invalid_request', 'alert_not_found', 'unauthorized', 'forbidden', ...FAILURES],
    security: 'subscriberToken',
  },
  {
    method: 'get',
    path: '/v1/feeds/cap',
    tag: 'alerts',
    summary:
      'An Atom feed (RFC 4287) of stored alerts at their latest versions, newest first (at most `limit`, 1-100, ' +
      'default 50; a page a severity filter thins may be shorter, as in GET /v1/alerts), each entry linking ' +
      '(rel=alternate, type application/cap+xml) to GET /v1/alerts/{id}/cap. Every gateway answers it too; with ' +
      'SIRENA_JWT_SECRET set it needs a subscriber token, covers only the topics it allows when none is named, and ' +
      'answers 403 for a topic outside it.',
    query: CapFeedQuerySchema,
    responses: { 200: { description: 'The Atom feed', mediaType: 'application/atom+xml' } },
    errors: ['invalid_request', 'unknown_topic', 'unauthorized', 'forbidden', ...FAILURES],
    security: 'subscriberToken',
  },
  {
    method: 'post',
    path: '/v1/alerts/:id/revisions',
    tag: 'alerts',
    summary:
      'An editor corrects an alert: its next version (same id, new seq, `msgType` "update", next `revision`, the ' +
      'note) is stored and delivered as an ordinary alert to every subscriber any of its versions reached. A publisher key gets 403.',
    pathParams: { id: 'The alert id' },
    requestBody: { description: '`note` and what changes', schema: 'RevisionRequest' },
    responses: { 201: { description: 'The new version', schema: 'Alert' } },
    errors: ['invalid_json', 'invalid_request', 'unknown_topic', 'unauthorized', 'forbidden', 'alert_not_found', 'alert_cancelled', 'unsupported_media_type', 'unavailable', ...FAILURES],
    security: 'editorKey',
  },
  {
    method: 'post',
    path: '/v1/alerts/:id/cancel',
    tag: 'alerts',
    summary: 'An editor cancels an alert: a last version with `msgType` "cancel", delivered like a revision; no change is accepted after (409).',
    pathParams: { id: 'The alert id' },
    requestBody: { description: 'Why', schema: 'CancelRequest' },
    responses: { 201: { description: 'The cancelling version', schema: 'Alert' } },
    errors: ['invalid_json', 'invalid_request', 'unauthorized', 'forbidden', 'alert_not_found', 'alert_cancelled', 'unsupported_media_type', 'unavailable', ...FAILURES],
    security: 'editorKey',
  },
  {
    method: 'get',
    path: '/v1/state',
    tag: 'alerts',
    summary:
      'The air-raid state of each area (at least kyiv-city and kyiv-oblast): alert (since the publishedAt of the report ' +
      'that declared it), clear (since the all-clear\'s) or unknown (never reported, or an alert older than ' +
      'SIRENA_ALERT_MAX_HOURS without an all-clear); `seq` is the last alert seq it takes into account. Every gateway ' +
      'answers it too. With SIRENA_JWT_SECRET set, only the areas of topics the token allows.',
    responses: { 200: { description: 'The areas and their states', schema: 'StateResponse' } },
    errors: ['unauthorized', ...FAILURES],
    security: 'subscriberToken',
  },
  {
    method: 'get',
    path: '/v1/topics',
    tag: 'alerts',
    summary: 'Configured topics with their stored alert counts.',
    responses: { 200: { description: 'Topics', schema: 'TopicList' } },
    errors: FAILURES,
  },
  {
    method: 'get',
    path: '/v1/incidents/:id',
    tag: 'alerts',
    summary:
      'The stored reports of one incident, oldest first, a page at a time (`limit`, default 100): repeat with ' +
      '`after` set to `next.after` until `next` is null. With SIRENA_JWT_SECRET set, only the reports of topics the ' +
      'token allows (403 when it allows none of them).',
    pathParams: { id: 'The incident id' },
    query: IncidentQuerySchema,
    responses: { 200: { description: 'A page of the incident', schema: 'Incident' } },
    errors: ['incident_not_found', 'invalid_request', 'unauthorized', 'forbidden', ...FAILURES],
    security: 'subscriberToken',
  },
  {
    method: 'get',
    path: '/v1/stream',
    tag: 'stream',
    summary:
      'Alerts as Server-Sent Events (`id: <seq>`, `event: alert`, `data: <Alert JSON>`); resume with Last-Event-ID or `since`. ' +
      'After replay an `event: ready` carries `{topics, replayed, seq, epoch, truncated?, oldestSeq?}`; comment heartbeats every 15 s. ' +
      'When the history starts over (a new epoch) the stream gets `id: 0`, `event: reset` `{previousEpoch, epoch}` and ends, so the ' +
      'reconnect replays the new history; `epoch` (the epoch `since` came from; not applied to Last-Event-ID) makes a resume from another history replay all of it.',
    query: StreamQuerySchema,
    headers: { 'Last-Event-ID': 'The seq of the last alert received; replay starts after it (takes precedence over `since`)' },
    responses: { 200: { description: 'An endless event stream', mediaType: 'text/event-stream' } },
    errors: ['invalid_request', 'unknown_topic', 'unauthorized', 'forbidden', ...FAILURES],
    security: 'subscriberToken',
  },
  {
    method: 'get',
    path: '/v1/push/vapid-public-key',
    tag: 'push',
    summary: 'The VAPID public key (SIRENA_VAPID_PUBLIC_KEY, or a pair made once and kept in Redis) to subscribe with.',
    responses: { 200: { description: 'The key', schema: 'VapidPublicKey' } },
    errors: ['unavailable', ...FAILURES],
  },
  {
    method: 'post',
    path: '/v1/push/subscriptions',
    tag: 'push',
    summary:
      'Subscribe a browser (PushSubscription.toJSON()) to Web Push for topics and a minimum severity (never below ' +
      'SIRENA_PUSH_MIN_SEVERITY). The endpoint must be https on a host of SIRENA_PUSH_ENDPOINT_HOSTS ' +
      '(push_endpoint_not_allowed), the keys a P-256 point and a 16-byte secret (invalid_push_keys). The same endpoint ' +
      'again replaces its subscription. With `deviceId`, a push waits SIRENA_PUSH_ESCALATE_MS for an ack while the ' +
      'device has a socket or stream open. With SIRENA_JWT_SECRET set, the token must allow every topic.',
    requestBody: { description: 'The subscription', schema: 'PushSubscribeRequest' },
    responses: { 201: { description: 'Subscribed', schema: 'PushSubscribed' } },
    errors: ['invalid_json', 'invalid_request', 'push_endpoint_not_allowed', 'invalid_push_keys', 'unknown_topic', 'unauthorized', 'forbidden', 'unsupported_media_type', 'rate_limited', 'unavailable', ...FAILURES],
    security: 'subscriberToken',
  },
  {
    method: 'delete',
    path: '/v1/push/subscriptions/:id',
    tag: 'push',
    summary: 'Unsubscribe (204, also for an id that is gone).',
    pathParams: { id: 'The id POST /v1/push/subscriptions answered' },
    responses: { 204: { description: 'Removed' } },
    errors: ['unavailable', ...FAILURES],
  },
  {
    method: 'post',
    path: '/v1/push/acks',
    tag: 'push',
    summary:
      'A receipt for clients without a socket (SSE): the device has the alert version `seq`, so its escalation push ' +
      'is not sent (open the stream with `?deviceId=` so that the device counts as connected). Sockets send `ack` instead.',
    requestBody: { description: 'The device and the seq', schema: 'PushAck' },
    responses: { 204: { description: 'Recorded' } },
    errors: ['invalid_json', 'invalid_request', 'unsupported_media_type', 'unavailable', ...FAILURES],
  },
  {
    method: 'get',
    path: '/healthz',
    tag: 'health',
    summary: 'The process is up.',
    responses: { 200: { description: 'Up', schema: 'Health' } },
  },
  {
    method: 'get',
    path: '/readyz',
    tag: 'health',
    summary: 'Redis and the role’s own dependencies answer.',
    responses: {
      200: { description: 'Ready', schema: 'Readiness' },
      503: { description: 'Not ready (`error.code` is `unavailable`)', schema: 'Readiness' },
    },
  },
  {
    method: 'get',
    path: '/metrics',
    tag: 'health',
    summary:
      'Prometheus metrics: deliveries, latency histogram, queue jobs by state, workers, subscribers per topic. With SIRENA_METRICS_TOKEN set, needs it as a bearer token.',
    responses: { 200: { description: 'Prometheus text format', mediaType: 'text/plain' } },
    errors: ['unauthorized'],
  },
  {
    method: 'get',
    path: '/openapi.json',
    tag: 'docs',
    summary: 'This document.',
    responses: { 200: { description: 'OpenAPI 3.1', mediaType: 'application/json' } },
  },
  {
    method: 'get',
    path: '/docs',
    tag: 'docs',
    summary: 'This document rendered (Swagger UI, served locally).',
    responses: { 200: { description: 'HTML', mediaType: 'text/html' } },
  },
  {
    method: 'get',
    path: '/',
    tag: 'console',
    summary: 'The live web console (served by the gateway).',
    responses: { 200: { description: 'HTML', mediaType: 'text/html' } },
  },
  {
    method: 'get',
    path: '/manifest.webmanifest',
    tag: 'console',
    summary: 'The console’s web app manifest (it can be installed).',
    responses: { 200: { description: 'The manifest', mediaType: 'application/manifest+json' } },
  },
  {
    method: 'get',
    path: '/sirena-sw.js',
    tag: 'console',
    summary: 'The console’s service worker: shows Web Push alerts while no console page is visible, one notification per alert id.',
    responses: { 200: { description: 'JavaScript', mediaType: 'text/javascript' } },
  },
  {
    method: 'get',
    path: '/admin/login',
    tag: 'admin',
    summary: 'The admin sign-in form.',
    responses: { 200: { description: 'HTML', mediaType: 'text/html' } },
    errors: ['admin_disabled'],
  },
  {
    method: 'post',
    path: '/admin/login',
    tag: 'admin',
    summary:
      'Signs in with the admin token (form field `token`): sets the `sirena_admin` session cookie, redirects to /admin/queues. 10 failures per address in 15 minutes: 429.',
    requestBody: { description: 'token=<SIRENA_ADMIN_TOKEN>', mediaType: 'application/x-www-form-urlencoded' },
    responses: { 303: { description: 'Signed in; the cookie is set' } },
    errors: ['admin_disabled', 'unauthorized', 'rate_limited'],
  },
  {
    method: 'post',
    path: '/admin/logout',
    tag: 'admin',
    summary: 'Ends the session of the `sirena_admin` cookie sent with it, clears the cookie and redirects to /admin/login.',
    responses: { 303: { description: 'Signed out' } },
    errors: ['admin_disabled'],
  },
  {
    method: 'get',
    path: '/admin/ops',
    tag: 'admin',
    summary: 'Ops view: queue depth and jobs by state, workers, history seqs, topic counts.',
    responses: { 200: { description: 'Status', schema: 'OpsStatus' } },
    errors: ['admin_disabled', 'unauthorized', 'unavailable', ...FAILURES],
    security: 'adminToken',
  },
  {
    method: 'get',
    path: '/admin/queues',
    tag: 'admin',
    summary: 'Bull Board: the updates queue’s jobs (its UI and API live under this path).',
    responses: { 200: { description: 'HTML', mediaType: 'text/html' } },
    errors: ['admin_disabled', 'unauthorized'],
    security: 'adminToken',
  },
];

function ref(name: ComponentName): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

function content(body: Body): JsonSchema | undefined {
  const also = Object.fromEntries((body.alsoMediaTypes ?? []).map((type) => [type, {}]));
  if (body.schema === undefined) return body.mediaType ? { [body.mediaType]: {}, ...also } : undefined;
  const schema = typeof body.schema === 'string' ? ref(body.schema) : { oneOf: body.schema.oneOf.map(ref) };
  return { [body.mediaType ?? 'application/json']: { schema }, ...also };
}

/** A zod object's fields as OpenAPI query parameters (a repeatable field takes `?x=a&x=b`). */
function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    ...(typeof property.description === 'string' && { description: property.description }),
    schema: property,
    ...(JSON.stringify(property).includes('"array"') && { style: 'form', explode: true }),
  }));
}

function operationObject(op: Operation): JsonSchema {
  const parameters = [
    ...Object.entries(op.pathParams ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } })),
    ...(op.query ? queryParameters(op.query) : []),
    ...Object.entries(op.headers ?? {}).map(([name, description]) => ({ name, in: 'header', required: false, description, schema: { type: 'string' } })),
  ];
  const responses: Record<string, JsonSchema> = {};
  for (const [status, body] of Object.entries(op.responses)) {
    const media = content(body);
    responses[status] = { description: body.description, ...(media && { content: media }) };
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of op.errors ?? []) {
    const status = ERROR_CODES[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of byStatus) {
    responses[String(status)] ??= {
      description: codes.map((code) => `\`${code}\`: ${ERROR_CODES[code].description}`).join(' '),
      content: { 'application/json': { schema: ref('Error') } },
    };
  }
  const requestMedia = op.requestBody && content(op.requestBody);
  return {
    operationId: `${op.method}${op.path.replace(/[/:{}.]+(\w)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    summary: op.summary,
    tags: [op.tag],
    ...(parameters.length > 0 && { parameters }),
    ...(requestMedia && { requestBody: { required: true, description: op.requestBody?.description, content: requestMedia } }),
    responses,
    ...(op.security && { security: [{ [op.security]: [] }] }),
  };
}

/** Express path → OpenAPI path (`/v1/alerts/:id` → `/v1/alerts/{id}`). */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

/**
 * @example app.get('/openapi.json', (_req, res) => res.json(createOpenApiDocument({ version: '0.1.0' })));
 */
export function createOpenApiDocument(options: { version: string }): JsonSchema {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'output', unrepresentable: 'any' });
  // Each component is embedded in the document, so its own $id/$schema would only confuse resolvers.
  const schemas = Object.fromEntries(
    Object.entries(generated.schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema]),
  );
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of OPERATIONS) (paths[openApiPath(op.path)] ??= {})[op.method] = operationObject(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sirena',
      version: options.version,
      description:
        'Real-time alert push server. Socket.IO (path /socket.io) carries `subscribe`/`unsubscribe`/`alert`; ' +
        'this document covers the HTTP side. Errors are `{"error":{"code","message","issues?"}}` with the codes of the Error schema.',
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    tags: ['ingest', 'alerts', 'stream', 'push', 'health', 'docs', 'admin', 'console'].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        publisherKey: { type: 'http', scheme: 'bearer', description: 'A key from SIRENA_PUBLISH_KEYS (unset: loopback only)' },
        editorKey: { type: 'http', scheme: 'bearer', description: 'A key from SIRENA_EDITOR_KEYS (publisher keys are refused)' },
        adminToken: { type: 'http', scheme: 'bearer', description: 'SIRENA_ADMIN_TOKEN, or the sirena_admin session cookie from /admin/login' },
        subscriberToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'HS256 JWT with a `topics` claim when SIRENA_JWT_SECRET is set (or ?token=)' },
      },
    },
  };
}
