// An area's air-raid state on the wire: GET /v1/state, the subscribe ack's `state` and `state` events.
import { z } from 'zod';
import { TopicIdSchema } from './topic.js';

export const AREA_STATUSES = ['alert', 'clear', 'unknown'] as const;

/** One area's state, as GET /v1/state, the subscribe ack and `state` events carry it. */
export const AreaStateSchema = z.object({
  area: z.string(),
  name: z.string(),
  topic: TopicIdSchema,
  /** The enclosing area, for finer areas (none of the defaults has one). */
  parent: z.string().optional(),
  status: z.enum(AREA_STATUSES),
  /** publishedAt of the report that set the status; null while unknown. */
  since: z.string().nullable(),
  /** The alert that set the status; null while unknown. */
  alertId: z.string().nullable(),
});
export type AreaState = z.infer<typeof AreaStateSchema>;

/** A `state` event: an area's new state and the seq of the alert version that changed it (the latest seq on expiry). */
export const AreaStateEventSchema = AreaStateSchema.extend({ seq: z.number().int().nonnegative() });
export type AreaStateEvent = z.infer<typeof AreaStateEventSchema>;

/** GET /v1/state. */
export const StateResponseSchema = z.object({
  /** The last alert seq the state takes into account. */
  seq: z.number().int().nonnegative(),
  areas: z.array(AreaStateSchema),
});
export type StateResponse = z.infer<typeof StateResponseSchema>;
