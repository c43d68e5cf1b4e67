// Turns a job's accepted updates into stored alerts: classify, thread into incidents, append (idempotently).
import type { Classifier } from '../classify/classifier.js';
import { FifoCache } from '../classify/fifo-cache.js';
import type { IncidentMatcher, IncidentSummary } from '../classify/incident-matcher.js';
import type { UnsequencedAlert } from '../core/alert.js';
import type { AcceptedUpdate } from '../core/update.js';
import type { AlertStore, AppendResult } from '../store/alert-store.js';
import type { CandidateSource } from '../store/recent-alerts.js';
import { WARM_UP_UPDATES, warmUpClassifier } from '../classify/warm-up.js';
import type { UrgentGate } from './urgent-gate.js';
import { UpdateJobSchema } from './update-queue.js';

export interface UpdateProcessorDeps {
  store: AlertStore;
  /** Recent stored alerts: incident candidates (RecentAlerts keeps them in memory, current from the feed). */
  candidates: CandidateSource;
  classifier: Classifier;
  matcher: IncidentMatcher;
  /** How far back (ms, by receivedAt) earlier alerts are incident candidates. */
  incidentWindowMs: number;
  /**
   * Most candidates read for threading.
   * @defaultValue MAX_INCIDENT_CANDIDATES
   */
  maxCandidates?: number;
  /**
   * Shared by a worker process's lanes: the urgent lane's jobs run through it, the routine lane's wait at it
   * between updates. Without it, jobs run as they come.
   */
  gate?: { gate: UrgentGate; lane: 'urgent' | 'routine' };
}

const TITLE_LENGTH = 140;

/** Most stored alerts a new one is compared with (the newest of its topics). */
export const MAX_INCIDENT_CANDIDATES = 100;
/** Incident starts remembered (they never change, so each is read once). */
const INCIDENT_STARTS_KEPT = 4096;

/** A title for updates posted without one: the first line or sentence, cut at a word. */
export function titleFromText(text: string): string {
  const firstLine = text.trim().split(/\r?\n/, 1)[0] ?? '';
  const sentence = /^(.+?[.!?])(\s|$)/u.exec(firstLine)?.[1] ?? firstLine;
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > 60 ? cut.slice(0, space) : cut}…`;
}

export type ProcessedUpdate = AppendResult & { alert: UnsequencedAlert };

/**
 * Processes one job's updates in order. Stored candidates are read once per topic set; the job's own earlier
 * alerts are candidates too (they are not stored yet), and the appends go to Redis pipelined, in order; each
 * stored alert is a candidate at once.
 * @example const process = createUpdateProcessor({ store, classifier, matcher, incidentWindowMs });
 * const [{ seq, duplicate }] = await process([update]);
 */
export function createUpdateProcessor(deps: UpdateProcessorDeps): (updates: readonly AcceptedUpdate[]) => Promise<ProcessedUpdate[]> {
  const maxCandidates = deps.maxCandidates ?? MAX_INCIDENT_CANDIDATES;
  const gate = deps.gate;
  const incidentStarts = new FifoCache<string, number>(INCIDENT_STARTS_KEPT);
  /** How big and how old these incidents are, for the matcher's bounds on their growth. One round trip. */
  const readIncidents = async (incidentIds: readonly string[]): Promise<Map<string, IncidentSummary>> => {
    const read = await deps.store.incidentSummaries(incidentIds, new Set(incidentIds.filter((id) => incidentStarts.get(id) === undefined)));
    for (const [id, summary] of read) {
      if (summary.startedAt === undefined) summary.startedAt = incidentStarts.get(id);
      else incidentStarts.set(id, summary.startedAt);
    }
    return read;
  };
  const processUpdates = async (updates: readonly AcceptedUpdate[]): Promise<ProcessedUpdate[]> => {
    const ids = new Set(updates.map((update) => update.id));
    // What other workers stored comes in while this job is classified (classifying needs no candidates).
    const synced = deps.candidates.sync();
    const classified = updates.map((update) => {
      const classification = deps.classifier.classify(update);
      return { update, classification, readingKey: `${update.receivedAt} ${classification.topics.join(' ')}` };
    });
    await synced;
    // Stored candidates, read once per topic set (and receive time) for the whole job, before any matching: the
    // matching then runs in one synchronous stretch, so the matcher sees nearly the same candidates call after call.
    const stored = new Map<string, UnsequencedAlert[]>();
    for (const item of classified) {
      const key = item.readingKey;
      if (stored.has(key)) continue;
      const windowStart = new Date(Date.parse(item.update.receivedAt) - deps.incidentWindowMs).toISOString();
      // This job's updates may be stored already (a retried job): they are candidates as `earlier` only.
      stored.set(key, deps.candidates.recent(item.classification.topics, windowStart, maxCandidates).filter((alert) => !ids.has(alert.id)));
    }
    // The candidates' incidents: how many reports each has and when it began (read once for the job, and counted
    // on as this job's alerts join them).
    const incidentIds = new Set<string>();
    for (const alerts of stored.values()) for (const alert of alerts) incidentIds.add(alert.incidentId);
    const incidents = await readIncidents([...incidentIds]);
    const earlier: UnsequencedAlert[] = [];
    for (const item of classified) {
      if (gate?.lane === 'routine') {
        const wait = gate.gate.checkpoint();
        if (wait) await wait;
      }
      const { update, classification } = item;
      const title = update.title ?? titleFromText(update.text);
      const publishedAt = update.publishedAt ?? update.receivedAt;
      // Newest first: this job's earlier alerts on a shared topic, then the stored ones.
      const candidates: UnsequencedAlert[] = [];
      for (let i = earlier.length - 1; i >= 0 && candidates.length < maxCandidates; i--) {
        const alert = earlier[i]!;
        if (alert.topics.some((topic) => classification.topics.includes(topic))) candidates.push(alert);
      }
      for (const alert of stored.get(item.readingKey) ?? []) {
        if (candidates.length >= maxCandidates) break;
        candidates.push(alert);
      }
      const match = deps.matcher.match({ topics: classification.topics, title, text: update.text, publishedAt }, candidates, incidents);
      const joined = match && incidents.get(match.incidentId);
      if (joined) joined.reports += 1;
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
        // The first version; editors' revisions follow under the same id (src/lifecycle).
        msgType: 'alert',
        revision: 0,
      };
      earlier.push(alert);
    }
    // All sent in one go (one write with auto-pipelining); one connection runs them in order, so seqs follow the job.
    return Promise.all(
      earlier.map(async (alert) => {
        const result = await deps.store.append(alert);
        if (!result.duplicate) deps.candidates.add({ ...alert, seq: result.seq });
        return { ...result, alert };
      }),
    );
  };
  if (gate?.lane === 'urgent') return (updates) => gate.gate.urgent(() => processUpdates(updates));
  return processUpdates;
}

/**
 * Pays, before a worker takes jobs, for what its first job would: the classifier's, the job schema's and the
 * matcher's first runs (V8 compiles them lazily; the matcher on the stored alerts it will meet anyway, the newest of
 * each topic against the others), the store's scripts, and a feed read.
 * @example await warmUpProcessor({ store, candidates, classifier, matcher, incidentWindowMs }, topicIds);
 */
export async function warmUpProcessor(
  deps: Pick<UpdateProcessorDeps, 'store' | 'candidates' | 'classifier' | 'matcher' | 'incidentWindowMs'>,
  topics: readonly string[],
): Promise<void> {
  warmUpClassifier(deps.classifier);
  const receivedAt = new Date().toISOString();
  UpdateJobSchema.safeParse({ updates: WARM_UP_UPDATES.map((update, i) => ({ ...update, id: `warm-up-${i}`, receivedAt })) });
  for (const update of WARM_UP_UPDATES) titleFromText(update.text);
  const since = new Date(Date.now() - deps.incidentWindowMs).toISOString();
  for (const topic of topics) {
    const [newest, ...others] = deps.candidates.recent([topic], since, MAX_INCIDENT_CANDIDATES);
    if (newest) deps.matcher.match({ topics: newest.topics, title: newest.title, text: newest.text, publishedAt: newest.publishedAt }, others);
  }
  await Promise.all([deps.store.loadScripts(), deps.candidates.sync()]);
}
