// Socket.IO room names: a socket subscribed to topic T at minimum severity M sits in room "t:T:M".
import { alertReach, type Alert } from '../core/alert.js';
import { severitiesUpTo, type Severity } from '../core/severity.js';

export function roomFor(topic: string, minSeverity: Severity): string {
  return `t:${topic}:${minSeverity}`;
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
