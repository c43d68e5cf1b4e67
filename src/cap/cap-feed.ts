// An Atom feed (RFC 4287) of alerts whose entries link to their CAP 1.2 documents, as CAP aggregators read them.
import type { Alert } from '../core/alert.js';
import { CAP_MEDIA_TYPE, capSeverity } from './alert-to-cap.js';
import { el, writeXml } from './xml-writer.js';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
export const ATOM_MEDIA_TYPE = 'application/atom+xml';

export interface CapFeedOptions {
  /** The feed's own absolute URL (its id and rel=self link). */
  selfUrl: string;
  /** Absolute URL of an alert's CAP document. */
  capUrl: (alert: Alert) => string;
  /** SIRENA_CAP_SENDER: the feed's author. */
  sender: string;
  /** When the feed is empty, its `updated` (RFC 3339). */
  now: string;
}

/** RFC 3339 for Atom (`Z` is fine here), to the second. */
function atomDate(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}Z`;
}

/**
 * The feed of these alerts (latest versions, newest first): each entry's id and alternate link are its CAP
 * document's URL, `updated` the version's time, so a revised alert is the same entry updated.
 * @example res.type(ATOM_MEDIA_TYPE).send(capAtomFeed(page.alerts, { selfUrl, capUrl, sender, now }));
 */
export function capAtomFeed(alerts: readonly Alert[], options: CapFeedOptions): string {
  const updated = alerts.reduce<string | undefined>((newest, alert) => (newest === undefined || alert.classifiedAt > newest ? alert.classifiedAt : newest), undefined);
  return writeXml(
    el(
      'feed',
      [
        el('id', options.selfUrl),
        el('title', 'Sirena alerts (CAP 1.2)'),
        el('updated', atomDate(updated ?? options.now)),
        el('author', [el('name', options.sender)]),
        el('link', [], { rel: 'self', type: ATOM_MEDIA_TYPE, href: options.selfUrl }),
        ...alerts.map((alert) =>
          el('entry', [
            el('id', options.capUrl(alert)),
            el('title', alert.title.trim() || alert.text.slice(0, 160)),
            el('updated', atomDate(alert.classifiedAt)),
            el('published', atomDate(alert.publishedAt)),
            el('summary', `${capSeverity(alert.severity)}: ${alert.text.slice(0, 500)}`),
            el('link', [], { rel: 'alternate', type: CAP_MEDIA_TYPE, href: options.capUrl(alert) }),
            ...alert.topics.map((topic) => el('category', [], { term: topic })),
          ]),
        ),
      ],
      { xmlns: ATOM_NAMESPACE },
    ),
  );
}
