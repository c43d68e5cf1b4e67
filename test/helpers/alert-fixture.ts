// A stored alert's fields for store tests: a fresh id each call, now as every time, and any field overridden.
import type { UnsequencedAlert } from '../../src/core/alert.js';

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
