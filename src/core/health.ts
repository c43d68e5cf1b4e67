// Health wire shapes: GET /healthz (process up) and GET /readyz (dependencies answer).
import { z } from 'zod';

export const HealthSchema = z.object({ status: z.literal('ok') });

export const ReadinessSchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  /** Check name → "ok" or why it failed. */
  checks: z.record(z.string(), z.string()),
  /** With 503: code `unavailable` and the failing checks. */
  error: z.object({ code: z.literal('unavailable'), message: z.string() }).optional(),
});
export type Readiness = z.infer<typeof ReadinessSchema>;
