// GET /v1/alerts: its query and its paging rule, one for every role that lists history (the API and each gateway).
import { z } from 'zod';
import type { Alert, AlertPage } from './alert.js';
import { AppError, invalidRequest } from './app-error.js';
import { SeveritySchema, type Severity } from './severity.js';
import { TopicIdSchema } from './topic.js';

/** Query integers are plain digits: `?after=` or `?after=1e3` is a mistake, not 0 or 1000. */
export const digits = z.string().regex(/^\d{1,16}$/, 'must be a non-negative integer').transform(Number);
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

/** A parsed history query, in the terms the alert store's `range` takes. */
export interface AlertsQuery {
  /** Any of these topics; empty: every topic. */
  topics: string[];
  minSeverity?: Severity;
  after?: number;
  before?: number;
  limit: number;
  order: 'asc' | 'desc';
}

/** Parses a request's query string; a bad one is 400 `invalid_request`, a topic not configured is `unknown_topic`. */
export function parseAlertsQuery(raw: unknown, knownTopics: ReadonlySet<string>): AlertsQuery {
  const parsed = AlertsQuerySchema.safeParse(raw);
  if (!parsed.success) throw invalidRequest('the query', parsed.error.issues);
  const { topic, minSeverity, after, before, limit, order } = parsed.data;
  const topics = topic === undefined ? [] : [topic].flat();
  const unknown = topics.find((id) => !knownTopics.has(id));
  if (unknown !== undefined) throw new AppError('unknown_topic', `unknown topic ${JSON.stringify(unknown)}`);
  return {
    topics,
    limit,
    order: order ?? (after === undefined ? 'desc' : 'asc'),
    ...(minSeverity && { minSeverity }),
    ...(after !== undefined && { after }),
    ...(before !== undefined && { before }),
  };
}

/**
 * Most stored alerts one GET /v1/alerts reads (or `limit` + 1, if more): a page whose severity filter matches few
 * of them ends there, short or empty, with `next` where the reading stopped.
 */
export const HISTORY_SCAN_BUDGET = 1000;

/**
 * The page to answer from what the store found for the query with one more than `limit` asked: that one more
 * tells whether another page exists, so the last page says `next: null`. `stoppedAt`: the store stopped reading
 * at this seq (its scan budget) before finding that many, so the next page goes on from there.
 * @example return alertPage(await store.range({ ...query, limit: query.limit + 1 }), query);
 */
export function alertPage(found: readonly Alert[], query: AlertsQuery, stoppedAt?: number): AlertPage {
  const alerts = found.slice(0, query.limit);
  const last = found.length > query.limit ? alerts[alerts.length - 1]?.seq : stoppedAt;
  const next = last === undefined ? null : query.order === 'asc' ? { after: last } : { before: last };
  return { alerts, next };
}
