// A stored alert's fields for store tests: a fresh id each call, now as every time, and any field overridden.
import { Redis } from 'ioredis';
import { inject } from 'vitest';
import type { Alert, UnsequencedAlert } from '../../src/core/alert.js';
import { AlertStore } from '../../src/store/alert-store.js';
import { RedisKeys } from '../../src/store/keys.js';

let counter = 0;

/** An alert ready for AlertStore.append: `a-<n>` ids, topic troops, a text that JSON must escape. */
export function unsequencedAlert(overrides: Partial<UnsequencedAlert> = {}): UnsequencedAlert {
  counter += 1;
  const now = new Date().toISOString();
  return {
    id: `a-${counter}`,
    topics: ['troops'],
    severity: 'moderate',
    title: `title ${counter}`,
    text: `text ${counter} — «Київ» “quotes” \\ backslash`,
    publishedAt: now,
    receivedAt: now,
    classifiedAt: now,
    reasons: ['test'],
    incidentId: `inc-${counter}`,
    ...overrides,
  };
}

/**
 * Stores alerts straight into a key prefix of the test Redis (no API or worker needed to read them back); answers
 * them with their seqs.
 */
export async function storeAlerts(prefix: string, alerts: readonly UnsequencedAlert[]): Promise<Alert[]> {
  const redis = new Redis(inject('redisUrl'));
  try {
    const store = new AlertStore({ redis, keys: new RedisKeys(prefix), retention: { count: 10_000, seconds: 3600 }, idempotencySeconds: 60 });
    const out: Alert[] = [];
    for (const alert of alerts) out.push({ ...alert, seq: (await store.append(alert)).seq });
    return out;
  } finally {
    await redis.quit();
  }
}
