// Turns a job's accepted updates into stored alerts: classify, thread into incidents, append (idempotently).
import type { Classification, Classifier } from '../classify/classifier.js';
import { FifoCache } from '../core/fifo-cache.js';
import type { IncidentMatcher, IncidentSummary } from '../classify/incident-matcher.js';
import type { UnsequencedAlert } from '../core/alert.js';
import type { AcceptedUpdate } from '../core/update.js';
import type { AlertStore, AppendGuard, AppendResult } from '../store/alert-store.js';
import type { CandidateSource } from '../store/recent-alerts.js';
import { WARM_UP_UPDATES, warmUpClassifier } from '../classify/warm-up.js';
import type { UrgentGate } from './urgent-gate.js';
import { UpdateJobSchema } from './update-queue.js';

export interface UpdateProcessorDeps {
  store: AlertStore;
  /**
   * The store on a connection that writes each command at once, for the reads a job waits on: an auto-pipelined
   * connection holds a command until the event loop's next turn, i.e. until the classifier is done.
   * @defaultValue store
   */
  reads?: AlertStore;
  /** Recent stored alerts: incident candidates (RecentAlerts keeps them in memory, current from the feed). */
  candidates: CandidateSource;
  classifier: Classifier;
  /**
   * The classifier's fingerprint (classifierFingerprint): an update that carries ingest's classification under the
   * same one is stored with it, not classified again. Unset: every update is classified here.
   */
  classifierFingerprint?: string;
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
/**
 * Times a report that starts an incident is threaded again after the store refused it (another worker stored a
 * report on its topics meanwhile); the last time it is stored as threaded, unguarded, so a flood cannot hold it.
 */
export const MAX_THREADING_ATTEMPTS = 4;

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

/** A job's start: its feed read, sent as soon as the job is taken (see UpdateProcessor.begin). */
export interface JobStart {
  synced: Promise<void>;
}

/**
 * Processes one job's updates. `begin()` sends the job's feed read before anything else (the worker calls it before
 * checking the job, whose parse then runs during that round trip); without it, processing sends it first.
 */
export type UpdateProcessor = ((updates: readonly AcceptedUpdate[], started?: JobStart) => Promise<ProcessedUpdate[]>) & { begin(): JobStart };

/** Updates with the same topics received together share one reading of the stored candidates. */
const readingKey = (update: AcceptedUpdate, topics: readonly string[]) => `${update.receivedAt} ${topics.join(' ')}`;

/**
 * Processes one job's updates in order. Stored candidates are read once per topic set; the job's own earlier
 * alerts are candidates too (they are not stored yet), and the appends go to Redis pipelined, in order; each
 * stored alert is a candidate at once.
 * @example const process = createUpdateProcessor({ store, classifier, matcher, incidentWindowMs });
 * const [{ seq, duplicate }] = await process([update]);
 */
export function createUpdateProcessor(deps: UpdateProcessorDeps): UpdateProcessor {
  const maxCandidates = deps.maxCandidates ?? MAX_INCIDENT_CANDIDATES;
  const gate = deps.gate;
  const incidentStarts = new FifoCache<string, number>(INCIDENT_STARTS_KEPT);
  /** How big and how old these incidents are, for the matcher's bounds on their growth. One round trip. */
  const readIncidents = async (incidentIds: readonly string[]): Promise<Map<string, IncidentSummary>> => {
    const read = await (deps.reads ?? deps.store).incidentSummaries(incidentIds, new Set(incidentIds.filter((id) => incidentStarts.get(id) === undefined)));
    for (const [id, summary] of read) {
      if (summary.startedAt === undefined) summary.startedAt = incidentStarts.get(id);
      else incidentStarts.set(id, summary.startedAt);
    }
    return read;
  };
  const begin = (): JobStart => ({ synced: deps.candidates.sync() });
  const knownTopics = new Set(deps.classifier.topics.map((topic) => topic.id));
  /** Ingest's classification when a classifier like this one made it (and it names only known topics), else this one's. */
  const classificationOf = (update: AcceptedUpdate): Classification => {
    const carried = update.classification;
    if (carried && deps.classifierFingerprint !== undefined && carried.by === deps.classifierFingerprint && carried.topics.every((topic) => knownTopics.has(topic))) {
      return { topics: carried.topics, severity: carried.severity, reasons: carried.reasons };
    }
    return deps.classifier.classify(update);
  };
  const processUpdates = async (updates: readonly AcceptedUpdate[], started?: JobStart): Promise<ProcessedUpdate[]> => {
    const ids = new Set(updates.map((update) => update.id));
    // What other workers stored comes in while this job is classified (classifying needs no candidates).
    const synced = (started ?? begin()).synced;
    // Stored candidates, read once per topic set (and receive time) for the whole job, before any matching: the
    // matching then runs in one synchronous stretch, so the matcher sees nearly the same candidates call after call.
    const candidatesOf = (items: readonly { update: AcceptedUpdate; topics: readonly string[] }[]) => {
      const stored = new Map<string, UnsequencedAlert[]>();
      const incidentIds = new Set<string>();
      for (const { update, topics } of items) {
        const key = readingKey(update, topics);
        if (stored.has(key)) continue;
        const windowStart = new Date(Date.parse(update.receivedAt) - deps.incidentWindowMs).toISOString();
        // This job's updates may be stored already (a retried job): they are candidates as `earlier` only.
        const alerts = deps.candidates.recent(topics, windowStart, maxCandidates).filter((alert) => !ids.has(alert.id));
        stored.set(key, alerts);
        for (const alert of alerts) incidentIds.add(alert.incidentId);
      }
      return { stored, incidentIds };
    };
    // The candidates' incidents: how many reports each has and when it began (read once for the job, and counted
    // on as this job's alerts join them). Those of the candidates known now, by the topics ingest found, are read
    // beside the feed read and while this worker classifies (one round trip's wait, hidden behind the classifier);
    // only an incident that the feed or this worker's own topics bring in, and none of them had, is read after.
    const early = (topicsOf: (update: AcceptedUpdate) => readonly string[] | undefined) => {
      const read = readIncidents([...candidatesOf(updates.map((update) => ({ update, topics: topicsOf(update) ?? [] }))).incidentIds]);
      read.catch(() => undefined); // awaited below, after the feed read
      return read;
    };
    // Ingest's topics (those of its classification, when it carries one), else this worker's own.
    const byIngest = updates.every((update) => update.classification ?? update.ingestTopics)
      ? early((update) => update.classification?.topics ?? update.ingestTopics)
      : undefined;
    const classified = updates.map((update) => ({ update, classification: classificationOf(update), title: update.title ?? titleFromText(update.text) }));
    // While the feed read is on its way: what the matcher reads of each update's own words (classifying took this
    // wait before ingest's classification came with the job).
    for (const { update, title } of classified) deps.matcher.prepare({ title, text: update.text, source: update.source });
    const topicsOf = new Map(classified.map(({ update, classification }) => [update, classification.topics]));
    const earlyRead = byIngest ?? early((update) => topicsOf.get(update));
    await synced;
    // Every alert stored up to here is a candidate: what a new incident's append is guarded with.
    const position = deps.candidates.position();
    const { stored, incidentIds } = candidatesOf(classified.map(({ update, classification }) => ({ update, topics: classification.topics })));
    const incidents = await earlyRead;
    const unread = [...incidentIds].filter((id) => !incidents.has(id));
    if (unread.length > 0) for (const [id, summary] of await readIncidents(unread)) incidents.set(id, summary);
    const earlier: UnsequencedAlert[] = [];
    for (const item of classified) {
      if (gate?.lane === 'routine') {
        const wait = gate.gate.checkpoint();
        if (wait) await wait;
      }
      const { update, classification, title } = item;
      const publishedAt = update.publishedAt ?? update.receivedAt;
      // Newest first: this job's earlier alerts on a shared topic, then the stored ones.
      const candidates: UnsequencedAlert[] = [];
      for (let i = earlier.length - 1; i >= 0 && candidates.length < maxCandidates; i--) {
        const alert = earlier[i]!;
        if (alert.topics.some((topic) => classification.topics.includes(topic))) candidates.push(alert);
      }
      for (const alert of stored.get(readingKey(update, classification.topics)) ?? []) {
        if (candidates.length >= maxCandidates) break;
        candidates.push(alert);
      }
      const match = deps.matcher.match(
        { topics: classification.topics, title, text: update.text, source: update.source, publishedAt, severity: classification.severity },
        candidates,
        incidents,
      );
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
        ...(update.batchIndex !== undefined && { batchIndex: update.batchIndex }),
        // The first version; editors' revisions follow under the same id (src/lifecycle).
        msgType: 'alert',
        revision: 0,
      };
      earlier.push(alert);
    }
    // All sent in one go (one write with auto-pipelining); one connection runs them in order, so seqs follow the job.
    // A report of an incident this job starts is guarded: refused if another worker stored an alert on its topics
    // since `position` (two reports of one event handled at the same moment), it is threaded again below.
    const appended = await Promise.all(
      earlier.map(async (alert, at) => {
        const result = await deps.store.append(alert, guardOf(alert, earlier.slice(0, at), position));
        if (!result.duplicate && !result.conflict) deps.candidates.add({ ...alert, seq: result.seq });
        return { ...result, alert };
      }),
    );
    const done = appended.some((result) => result.conflict) ? await rethread(appended) : appended;
    // SIRENA_REDIS_MIN_REPLICAS: the job is done (acknowledged) only once replicas have its alerts; else it retries.
    await deps.store.replicated();
    return done;
  };

  /**
   * The guard of an alert that starts an incident or joins one a report sent before it starts (`before`: what it
   * is appended after, in one pipeline, since `afterSeq`): over both reports' topics, so when the first is refused
   * its followers are too, and all are threaded again. None for an alert joining a stored incident.
   */
  const guardOf = (alert: UnsequencedAlert, before: readonly UnsequencedAlert[], afterSeq: number): AppendGuard | undefined => {
    const starter = alert.incidentId === alert.id ? alert : before.find((other) => other.id === alert.incidentId && other.incidentId === other.id);
    if (!starter) return undefined;
    const topics = [...new Set([...alert.topics, ...starter.topics])];
    const known = before.flatMap((other) => (other.topics.some((topic) => topics.includes(topic)) ? [other.id] : []));
    return { afterSeq, topics, known };
  };

  /**
   * Threads the reports the store refused (another worker stored an alert on their topics meanwhile) again, against
   * what is stored now, and appends them: joined to an incident, or again guarded as new ones. One feed read, one
   * incident read and one pipelined append a round, for all of them; after MAX_THREADING_ATTEMPTS, stored unguarded.
   */
  const rethread = async (appended: ProcessedUpdate[]): Promise<ProcessedUpdate[]> => {
    let refused = appended.flatMap((result, at) => (result.conflict ? [at] : []));
    for (let attempt = 2; refused.length > 0; attempt++) {
      await deps.candidates.sync();
      const position = deps.candidates.position();
      const retrying = new Set(refused.map((at) => appended[at]!.alert.id));
      const stored = refused.map((at) => {
        const { alert } = appended[at]!;
        const windowStart = new Date(Date.parse(alert.receivedAt) - deps.incidentWindowMs).toISOString();
        return deps.candidates.recent(alert.topics, windowStart, maxCandidates).filter((other) => !retrying.has(other.id));
      });
      const incidents = await readIncidents([...new Set(stored.flatMap((alerts) => alerts.map((other) => other.incidentId)))]);
      const round: UnsequencedAlert[] = [];
      for (const [k, at] of refused.entries()) {
        // Threaded afresh, this round's earlier reports (newest first) being candidates too, as in a job.
        const refusedAlert = appended[at]!.alert;
        // A report that joined an incident has the threading reason last.
        const reasons = refusedAlert.incidentId === refusedAlert.id ? refusedAlert.reasons : refusedAlert.reasons.slice(0, -1);
        const match = deps.matcher.match(refusedAlert, [...[...round].reverse(), ...stored[k]!], incidents);
        const joined = match && incidents.get(match.incidentId);
        if (joined) joined.reports += 1;
        round.push({ ...refusedAlert, incidentId: match?.incidentId ?? refusedAlert.id, reasons: match ? [...reasons, match.reason] : reasons });
      }
      const last = attempt >= MAX_THREADING_ATTEMPTS;
      const results = await Promise.all(
        round.map((alert, k) => deps.store.append(alert, last ? undefined : guardOf(alert, round.slice(0, k), position))),
      );
      results.forEach((result, k) => {
        const alert = round[k]!;
        if (!result.duplicate && !result.conflict) deps.candidates.add({ ...alert, seq: result.seq });
        appended[refused[k]!] = { ...result, alert };
      });
      refused = refused.filter((_, k) => results[k]!.conflict);
    }
    return appended;
  };
  const run = gate?.lane === 'urgent' ? (updates: readonly AcceptedUpdate[], started?: JobStart) => gate.gate.urgent(() => processUpdates(updates, started)) : processUpdates;
  return Object.assign(run, { begin });
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
    if (newest) deps.matcher.match({ topics: newest.topics, title: newest.title, text: newest.text, source: newest.source, publishedAt: newest.publishedAt }, others);
  }
  await Promise.all([deps.store.loadScripts(), deps.candidates.sync()]);
}
