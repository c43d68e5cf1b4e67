// Turns one accepted update into one stored alert: classify, thread into an incident, append (idempotently).
import type { Classifier } from '../classify/classifier.js';
import type { IncidentMatcher } from '../classify/incident-matcher.js';
import type { UnsequencedAlert } from '../core/alert.js';
import type { AcceptedUpdate } from '../core/update.js';
import type { AlertStore, AppendResult } from '../store/alert-store.js';

export interface UpdateProcessorDeps {
  store: AlertStore;
  classifier: Classifier;
  matcher: IncidentMatcher;
  /** How far back (ms, by receivedAt) earlier alerts are incident candidates. */
  incidentWindowMs: number;
  /**
   * Most candidates read for threading.
   * @defaultValue 200
   */
  maxCandidates?: number;
}

const TITLE_LENGTH = 140;

/** A title for updates posted without one: the first line or sentence, cut at a word. */
export function titleFromText(text: string): string {
  const firstLine = text.trim().split(/\r?\n/, 1)[0] ?? '';
  const sentence = /^(.+?[.!?])(\s|$)/u.exec(firstLine)?.[1] ?? firstLine;
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > 60 ? cut.slice(0, space) : cut}…`;
}

/**
 * @example const process = createUpdateProcessor({ store, classifier, matcher, incidentWindowMs });
 * const { seq, duplicate } = await process(update);
 */
export function createUpdateProcessor(deps: UpdateProcessorDeps): (update: AcceptedUpdate) => Promise<AppendResult & { alert: UnsequencedAlert }> {
  return async (update) => {
    const classification = deps.classifier.classify(update);
    const title = update.title ?? titleFromText(update.text);
    const publishedAt = update.publishedAt ?? update.receivedAt;
    const windowStart = new Date(Date.parse(update.receivedAt) - deps.incidentWindowMs).toISOString();
    const candidates = (await deps.store.recent(classification.topics, windowStart, deps.maxCandidates ?? 200)).filter(
      (candidate) => candidate.id !== update.id,
    );
    const match = deps.matcher.match({ topics: classification.topics, title, text: update.text, publishedAt }, candidates);
    const alert: UnsequencedAlert = {
      id: update.id,
      topics: classification.topics,
      severity: classification.severity,
      title,
      text: update.text,
      ...(update.source !== undefined && { source: update.source }),
      ...(update.url !== undefined && { url: update.url }),
      ...(update.lang !== undefined && { lang: update.lang }),
      publishedAt,
      receivedAt: update.receivedAt,
      classifiedAt: new Date().toISOString(),
      reasons: match ? [...classification.reasons, match.reason] : classification.reasons,
      // A new incident is named after its first report, so a retried job threads the same way.
      incidentId: match?.incidentId ?? update.id,
    };
    const result = await deps.store.append(alert);
    return { ...result, alert };
  };
}
