// GET /v1/incidents/:id: its paging query (limit, and `after` a seq), paged like GET /v1/alerts.
import { z } from 'zod';
import { digits } from './alerts-query.js';
import { invalidRequest } from './app-error.js';

export const IncidentQuerySchema = z.strictObject({
  /** Only reports with seq > after: the `next.after` of the previous page. */
  after: digits.pipe(z.number().max(Number.MAX_SAFE_INTEGER)).optional(),
  /** Reports per page, oldest first. */
  limit: digits.pipe(z.number().min(1).max(1000)).default(100),
});
export type IncidentQuery = z.infer<typeof IncidentQuerySchema>;

/** Parses a request's query string; a bad one is 400 `invalid_request`. */
export function parseIncidentQuery(raw: unknown): IncidentQuery {
  const parsed = IncidentQuerySchema.safeParse(raw);
  if (!parsed.success) throw invalidRequest('the query', parsed.error.issues);
  return parsed.data;
}
