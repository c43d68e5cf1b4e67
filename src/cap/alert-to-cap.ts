// Alert → CAP 1.2: one <alert> per alert version, its elements in the order the CAP 1.2 schema fixes.
import type { Alert } from '../core/alert.js';
import type { Severity } from '../core/severity.js';
import { el, writeXml, type XmlElement } from './xml-writer.js';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
export const CAP_MEDIA_TYPE = 'application/cap+xml';
/** CAP 1.2 forbids these in identifier and sender (and references separates entries with them). */
export const CAP_TOKEN_PATTERN = /^[^\s,<&]+$/;

export interface CapExportOptions {
  /** The `sender` of every message Sirena issues (SIRENA_CAP_SENDER). */
  sender: string;
  /** Topic id → its name: the `event` of an alert is the names of its topics. */
  topicNames: ReadonlyMap<string, string>;
  /** Topic id → the names of the areas it covers (`areaDesc`); topics with none get `defaultAreaDesc`. */
  topicAreas: ReadonlyMap<string, readonly string[]>;
  /** @defaultValue "Ukraine" */
  defaultAreaDesc?: string;
}

/** CAP category of each default topic; any other topic is `Other`. */
const TOPIC_CATEGORIES: Readonly<Record<string, string>> = {
  'kyiv-air-raids': 'Safety',
  troops: 'Security',
  diplomacy: 'Other',
  general: 'Other',
};

const CAP_SEVERITY: Record<Severity, string> = { extreme: 'Extreme', severe: 'Severe', moderate: 'Moderate', minor: 'Minor', unknown: 'Unknown' };
/** Extreme is a threat now (shelter); severe an attack's impact still unfolding; the rest need no action. */
const CAP_URGENCY: Record<Severity, string> = { extreme: 'Immediate', severe: 'Expected', moderate: 'Unknown', minor: 'Unknown', unknown: 'Unknown' };
/** Sirena relays reports of what happened or was said: observed, unless nothing in it was recognised. */
const CAP_CERTAINTY: Record<Severity, string> = { extreme: 'Observed', severe: 'Observed', moderate: 'Observed', minor: 'Observed', unknown: 'Unknown' };
const CAP_MSG_TYPE = { alert: 'Alert', update: 'Update', cancel: 'Cancel' } as const;

const CAP_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

/**
 * A CAP dateTime: a time already in CAP's form (explicit offset, no fraction) is kept as given; any other ISO time
 * (`Z`, fractions) becomes UTC to the second, written `-00:00` as CAP 1.2 (3.3.2) requires of UTC.
 * @example capDateTime('2024-11-02T21:38:00.123Z') // '2024-11-02T21:38:00-00:00'
 */
export function capDateTime(iso: string): string {
  if (CAP_DATE_TIME.test(iso)) return iso;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not a date-time: ${iso}`);
  return `${new Date(ms).toISOString().slice(0, 19)}-00:00`;
}

/**
 * Each version its own identifier: the alert id for the first, `<id>~r<n>` for revision n (`~` is in no alert id,
 * so it names no other alert).
 */
export function capIdentifier(version: Pick<Alert, 'id' | 'revision'>): string {
  return version.revision ? `${version.id}~r${version.revision}` : version.id;
}

/** When a version was sent: the report's publishedAt for the first, the edit's time (classifiedAt) for a revision. */
export function capSent(version: Pick<Alert, 'revision' | 'publishedAt' | 'classifiedAt'>): string {
  return capDateTime(version.revision ? version.classifiedAt : version.publishedAt);
}

/** `sender,identifier,sent` of a version, as CAP's `references` lists it. */
export function capReference(sender: string, version: Pick<Alert, 'id' | 'revision' | 'publishedAt' | 'classifiedAt'>): string {
  return `${sender},${capIdentifier(version)},${capSent(version)}`;
}

export function capSeverity(severity: Severity): string {
  return CAP_SEVERITY[severity];
}

/**
 * The CAP 1.2 `<alert>` element of one version; `earlier` are the versions before it (oldest first), which an
 * Update or Cancel references.
 */
export function capAlertElement(version: Alert, earlier: readonly Alert[], options: CapExportOptions): XmlElement {
  const { sender } = options;
  const msgType = CAP_MSG_TYPE[version.msgType ?? 'alert'];
  const references = msgType === 'Alert' ? [] : earlier.map((before) => capReference(sender, before));
  const categories = [...new Set(version.topics.map((topic) => TOPIC_CATEGORIES[topic] ?? 'Other'))];
  const event = version.topics.map((topic) => options.topicNames.get(topic) ?? topic).join(', ');
  const areas = [...new Set(version.topics.flatMap((topic) => options.topicAreas.get(topic) ?? []))];
  const headline = version.title.trim() || version.text.slice(0, 160);
  // Element order: CAP 1.2 section 3.2 (alert, then info, then area), as its XML schema's sequences fix it.
  return el(
    'alert',
    [
      el('identifier', capIdentifier(version)),
      el('sender', sender),
      el('sent', capSent(version)),
      el('status', 'Actual'),
      el('msgType', msgType),
      version.source ? el('source', version.source) : undefined,
      el('scope', 'Public'),
      version.note ? el('note', version.note) : undefined,
      references.length > 0 ? el('references', references.join(' ')) : undefined,
      version.incidentId ? el('incidents', version.incidentId) : undefined,
      el('info', [
        el('language', version.lang ?? 'und'),
        ...categories.map((category) => el('category', category)),
        el('event', event),
        el('urgency', CAP_URGENCY[version.severity]),
        el('severity', CAP_SEVERITY[version.severity]),
        el('certainty', CAP_CERTAINTY[version.severity]),
        el('headline', headline),
        el('description', version.text),
        version.url ? el('web', version.url) : undefined,
        el('area', [el('areaDesc', areas.length > 0 ? areas.join(', ') : (options.defaultAreaDesc ?? 'Ukraine'))]),
      ]),
    ],
    { xmlns: CAP_NAMESPACE },
  );
}

/**
 * The CAP 1.2 document of one version.
 * @example res.type(CAP_MEDIA_TYPE).send(capAlertDocument(latest, await store.earlierVersions(latest), options));
 */
export function capAlertDocument(version: Alert, earlier: readonly Alert[], options: CapExportOptions): string {
  return writeXml(capAlertElement(version, earlier, options));
}
