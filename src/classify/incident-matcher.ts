// The incident threading interface: which earlier alert (if any) reports the same event as a new one.
import { FALLBACK_TOPIC } from '../core/topic.js';
import { DEFAULT_TOPICS } from './default-topics.js';
import { createTermIndex, overlaps, tokenize } from './term-index.js';
import type { TopicsFile } from './topics-file.js';

/** A recent stored alert that a new one may belong with. */
export interface IncidentCandidate {
  id: string;
  incidentId: string;
  topics: readonly string[];
  title: string;
  text: string;
  publishedAt: string;
}

/** The new alert, as far as threading needs it. */
export interface IncidentProbe {
  topics: readonly string[];
  title: string;
  text: string;
  publishedAt: string;
}

export interface IncidentMatch {
  incidentId: string;
  /** For reasons[], e.g. "same incident as 01J…: shared 'drone attack', 'Kyiv' (similarity 0.62)". */
  reason: string;
}

export interface IncidentMatcher {
  /** The incident the probe belongs to, or null for a new incident. Pure. */
  match(probe: IncidentProbe, candidates: readonly IncidentCandidate[]): IncidentMatch | null;
}

export interface IncidentMatcherOptions {
  /** Reports further apart than this (by publishedAt) are never one incident. */
  windowMs: number;
  /** Rules whose terms and places count as event and place words. @defaultValue the built-in topics */
  topics?: TopicsFile;
  /** Least text similarity (cosine over word stems, 0…1) for a match. @defaultValue 0.2 */
  threshold?: number;
}

/** Default least similarity: tuned on the labelled corpus (see docs/classifier.md). */
export const DEFAULT_INCIDENT_THRESHOLD = 0.2;

// Stems are word prefixes: enough to fold English and Ukrainian inflections (атака/атаки, attack/attacked).
const STEM_LENGTH = 5;
const MIN_WORD_LENGTH = 3;
// Bounded memo of per-text features: the worker sees the same recent candidates over and over.
const FEATURE_CACHE_SIZE = 4096;

const STOP_WORDS = new Set(
  (
    'the and for that with from this have has had was were are been said says say will would their they them ' +
    'its his her our who which what when where after before over into than then there about also more most ' +
    'some other such only said not but all any can could one two three on at in of to by as is be it an or ' +
    'least early late morning night overnight today yesterday saturday sunday monday tuesday wednesday thursday friday ' +
    'та і й що як на до від для під над про це цей ця ці був була було були буде бути його її їх вже ще також ' +
    'після перед через коли де який яка які яке за при без між із зі не ні так але або усі всі весь ' +
    'вночі вранці сьогодні вчора повідомив повідомила повідомили заявив заявила'
  ).split(/\s+/),
);

interface Features {
  stems: Set<string>;
  events: Set<string>;
  places: Set<string>;
  time: number;
}

/**
 * Threads reports of one event: a candidate matches when it shares a topic other than the fallback, was
 * published within the window, shares an event word (and a place, when both name one) and its text is at
 * least `threshold` similar; the most similar such candidate wins.
 * @example const matcher = createIncidentMatcher({ windowMs: config.incidentWindowSeconds * 1000 });
 */
export function createIncidentMatcher(options: IncidentMatcherOptions): IncidentMatcher {
  const { windowMs } = options;
  const threshold = options.threshold ?? DEFAULT_INCIDENT_THRESHOLD;
  const topics = options.topics ?? DEFAULT_TOPICS;
  const EVENTS = 0;
  const PLACES = 1;
  const NEGATIVE = 2;
  const index = createTermIndex([
    topics.topics.flatMap((topic) => topic.terms),
    topics.topics.flatMap((topic) => topic.places),
    topics.topics.flatMap((topic) => topic.negative),
  ]);
  const cache = new Map<string, Omit<Features, 'time'>>();
  const gapMs = new Map(topics.topics.map((topic) => [topic.id, topic.incidentGapMinutes * 60_000]));

  const textFeatures = (title: string, text: string): Omit<Features, 'time'> => {
    const key = `${title}\n${text}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const { tokens } = tokenize(key);
    const stems = new Set<string>();
    for (const { word } of tokens) {
      if (word.length < MIN_WORD_LENGTH || STOP_WORDS.has(word)) continue;
      stems.add(word.slice(0, STEM_LENGTH));
    }
    const hits = index.find(tokens);
    const negatives = hits.filter((hit) => hit.group === NEGATIVE);
    const events = new Set<string>();
    const places = new Set<string>();
    for (const hit of hits) {
      if (hit.group === NEGATIVE || negatives.some((negative) => overlaps(hit, negative))) continue;
      (hit.group === EVENTS ? events : places).add(hit.term);
    }
    const features = { stems, events, places };
    if (cache.size >= FEATURE_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, features);
    return features;
  };

  return {
    match(probe, candidates) {
      const probeTopics = probe.topics.filter((topic) => topic !== FALLBACK_TOPIC);
      if (probeTopics.length === 0) return null;
      const probeTime = Date.parse(probe.publishedAt);
      const mine = textFeatures(probe.title, probe.text);
      let best: { candidate: IncidentCandidate; score: number; why: string } | undefined;
      for (const candidate of candidates) {
        const shared = candidate.topics.filter((topic) => probeTopics.includes(topic));
        if (shared.length === 0) continue;
        const distance = Math.abs(Date.parse(candidate.publishedAt) - probeTime);
        if (!(distance <= windowMs)) continue;
        const theirs = textFeatures(candidate.title, candidate.text);
        // Event chains (alert → explosions → all-clear): the nearest report on a chained topic within its gap.
        const gap = Math.max(...shared.map((topic) => gapMs.get(topic) ?? 0));
        if (gap > 0 && distance <= gap) {
          const score = 2 - distance / gap;
          if (!best || score > best.score) {
            best = { candidate, score, why: `${Math.round(distance / 60_000)} min after it on ${shared.join(', ')}` };
          }
          continue;
        }
        const sharedEvents = intersection(mine.events, theirs.events);
        if (sharedEvents.length === 0) continue;
        const sharedPlaces = intersection(mine.places, theirs.places);
        if (mine.places.size > 0 && theirs.places.size > 0 && sharedPlaces.length === 0) continue;
        const similarity = cosine(mine.stems, theirs.stems);
        if (similarity < threshold || (best && similarity <= best.score)) continue;
        const words = [...sharedEvents, ...sharedPlaces].slice(0, 5).map((term) => `'${term}'`).join(', ');
        best = { candidate, score: similarity, why: `shared ${words} (similarity ${similarity.toFixed(2)})` };
      }
      if (!best) return null;
      return { incidentId: best.candidate.incidentId, reason: `same incident as ${best.candidate.id}: ${best.why}` };
    },
  };
}

function intersection(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const shared: string[] = [];
  for (const value of a) if (b.has(value)) shared.push(value);
  return shared;
}

/** Cosine similarity of two sets seen as binary vectors. */
function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const value of small) if (large.has(value)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}
