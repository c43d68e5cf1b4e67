// CAP 1.2 severity words, ordered, and the comparisons every stage uses.
import { z } from 'zod';

/** Ordered from least to most severe; the index is the rank. */
export const SEVERITIES = ['unknown', 'minor', 'moderate', 'severe', 'extreme'] as const;

export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** Rank of a severity: unknown = 0 … extreme = 4. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The more severe of two severities. */
export function maxSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) >= severityRank(b) ? a : b;
}

/** True when `severity` is at least `min`. */
export function meetsMinSeverity(severity: Severity, min: Severity): boolean {
  return severityRank(severity) >= severityRank(min);
}

/** Every severity at or below `severity` (the subscription levels an alert of this severity reaches). */
export function severitiesUpTo(severity: Severity): readonly Severity[] {
  return SEVERITIES.slice(0, severityRank(severity) + 1);
}
