// Socket.IO room names: a socket subscribed to topic T at minimum severity M sits in room "t:T:M".
import { alertReach, type Alert } from '../core/alert.js';
import { SEVERITIES, severitiesUpTo, type Severity } from '../core/severity.js';

export function roomFor(topic: string, minSeverity: Severity): string {
  return `t:${topic}:${minSeverity}`;
}

/** Every room of a topic, whatever its minimum severity: where a topic's area `state` events go. */
export function roomsForTopic(topic: string): string[] {
  return SEVERITIES.map((level) => roomFor(topic, level));
}

/**
 * Every room an alert reaches: each of its topics at each level up to its severity. Socket.IO sends once per
 * socket however many of these rooms it is in, so a multi-topic subscriber gets the alert once.
 */
export function roomsForAlert(alert: Pick<Alert, 'topics' | 'severity' | 'reach'>): string[] {
  // A revision reaches every room any of its versions reached.
  const { topics, severity } = alertReach(alert);
  const levels = severitiesUpTo(severity);
  return topics.flatMap((topic) => levels.map((level) => roomFor(topic, level)));
}
