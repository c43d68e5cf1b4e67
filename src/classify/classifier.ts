// The classifier's interface: what the worker (and ingest, for queue priority) calls. Implementations are pure.
import { severityRank, type Severity } from '../core/severity.js';
import { FALLBACK_TOPIC, type TopicSummary } from '../core/topic.js';
import { createTermIndex, overlapsAny, tokenize, type TermHit, type TokenizedText } from './term-index.js';
import type { TopicsFile } from './topics-file.js';

/** What the classifier reads of an update. `topics`/`severity` are publisher hints. */
export interface ClassifiableUpdate {
  text: string;
  title?: string | undefined;
  lang?: string | undefined;
  topics?: readonly string[] | undefined;
  severity?: Severity | undefined;
}

export interface Classification {
  /** At least one topic; the fallback topic ("general") when no rule matched and no hint was given. */
  topics: string[];
  severity: Severity;
  /** Human-readable: which rule fired on which words, e.g. "matched 'drone attack' + 'Kyiv'". */
  reasons: string[];
}

export interface Classifier {
  /** The configured topics (including the fallback topic), in display order. */
  readonly topics: readonly TopicSummary[];
  /**
   * Classifies one update. Pure and synchronous: cheap enough to call at ingest too. `explain: false` leaves
   * `reasons` empty (ingest only needs the severity, and quoting the words is a good part of the work).
   */
  classify(update: ClassifiableUpdate, options?: { explain?: boolean }): Classification;
}

/** BullMQ job priority of a severity: extreme 1 … unknown 5 (lower runs sooner). */
export function priorityOf(severity: Severity): number {
  return SEVERITY_PRIORITY[severity];
}

const SEVERITY_PRIORITY: Record<Severity, number> = { extreme: 1, severe: 2, moderate: 3, minor: 4, unknown: 5 };

// How many distinct quotes a reason lists before it says "…".
const MAX_QUOTES = 4;

interface CompiledTopic {
  summary: TopicSummary;
  defaultSeverity: Severity;
  requiresPlace: boolean;
  termsGroup: number;
  placesGroup: number;
  negativeGroup: number;
  excludeGroup: number;
}

interface CompiledSeverityRule {
  name: string;
  severity: Severity;
  topics: ReadonlySet<string> | undefined;
  termsGroup: number;
  negativeGroup: number;
  unlessGroup: number;
}

/**
 * Builds a classifier from topic and severity rules: a topic matches when one of its terms (and, if it lists
 * places, one of its places) appears outside any of its negative contexts and none of its exclusions appears;
 * the severity is the highest any severity rule gives, else the highest default of the matched topics. Publisher hints add topics and raise
 * (never lower) the severity.
 * @example const classifier = createClassifier(await loadTopicsFile(config.topicsFile));
 */
export function createClassifier(topicsFile: TopicsFile): Classifier {
  const groups: (readonly string[])[] = [];
  const addGroup = (terms: readonly string[]): number => groups.push(terms) - 1;

  const topics: CompiledTopic[] = topicsFile.topics.map((rule) => ({
    summary: { id: rule.id, name: rule.name, ...(rule.description === undefined ? {} : { description: rule.description }) },
    defaultSeverity: rule.defaultSeverity,
    requiresPlace: rule.places.length > 0,
    termsGroup: addGroup(rule.terms),
    placesGroup: addGroup(rule.places),
    negativeGroup: addGroup(rule.negative),
    excludeGroup: addGroup(rule.exclude),
  }));
  const severityRules: CompiledSeverityRule[] = topicsFile.severityRules.map((rule) => ({
    name: rule.name,
    severity: rule.severity,
    topics: rule.topics ? new Set(rule.topics) : undefined,
    termsGroup: addGroup(rule.terms),
    negativeGroup: addGroup(rule.negative),
    unlessGroup: addGroup(rule.unless),
  }));
  const index = createTermIndex(groups);
  const topicIds = new Set(topics.map((topic) => topic.summary.id));
  const fallback = topics.find((topic) => topic.summary.id === FALLBACK_TOPIC);

  return {
    topics: topics.map((topic) => topic.summary),
    classify(update, options) {
      const explain = options?.explain ?? true;
      const tokenized = tokenize(update.title ? `${update.title}\n${update.text}` : update.text);
      const byGroup: TermHit[][] = groups.map(() => []);
      for (const hit of index.find(tokenized.tokens)) byGroup[hit.group]!.push(hit);
      // Each negative list merged once per update: a text repeating a term and its negative context thousands of
      // times costs no comparison per pair.
      const cancellers = new Map<number, (hit: TermHit) => boolean>();
      const live = (group: number, negativeGroup: number): TermHit[] => {
        const hits = byGroup[group]!;
        const negatives = byGroup[negativeGroup]!;
        if (negatives.length === 0 || hits.length === 0) return hits;
        let cancelled = cancellers.get(negativeGroup);
        if (!cancelled) cancellers.set(negativeGroup, (cancelled = overlapsAny(negatives)));
        return hits.filter((hit) => !cancelled(hit));
      };

      const reasons: string[] = [];
      const matched: CompiledTopic[] = [];
      for (const topic of topics) {
        const terms = live(topic.termsGroup, topic.negativeGroup);
        if (terms.length === 0) continue;
        const vetoes = byGroup[topic.excludeGroup]!;
        if (vetoes.length > 0) {
          if (explain) reasons.push(`topic ${topic.summary.id}: excluded by ${quoteHits(tokenized, vetoes)}`);
          continue;
        }
        const places = topic.requiresPlace ? live(topic.placesGroup, topic.negativeGroup) : [];
        if (topic.requiresPlace && places.length === 0) continue;
        matched.push(topic);
        if (!explain) continue;
        const placeText = places.length > 0 ? ` + ${quoteHits(tokenized, places)}` : '';
        reasons.push(`topic ${topic.summary.id}: matched ${quoteHits(tokenized, terms)}${placeText}`);
      }
      for (const hint of update.topics ?? []) {
        if (!topicIds.has(hint) || matched.some((topic) => topic.summary.id === hint)) continue;
        const topic = topics.find((candidate) => candidate.summary.id === hint)!;
        matched.push(topic);
        if (explain) reasons.push(`topic ${hint}: publisher hint`);
      }
      // The fallback topic only ever stands alone.
      let chosen = matched.filter((topic) => topic !== fallback);
      if (chosen.length === 0) {
        chosen = fallback ? [fallback] : [];
        if (explain && !matched.includes(fallback!)) reasons.push(`topic ${FALLBACK_TOPIC}: no topic rule matched`);
      }
      const chosenIds = chosen.map((topic) => topic.summary.id);

      // CAP: take the highest severity any rule gives; the topics' defaults only when no rule fires.
      let severity: Severity = 'unknown';
      let severityReason: string | undefined;
      for (const rule of severityRules) {
        if (severityReason !== undefined && severityRank(rule.severity) <= severityRank(severity)) continue;
        if (rule.topics && !chosenIds.some((id) => rule.topics!.has(id))) continue;
        if (live(rule.unlessGroup, rule.negativeGroup).length > 0) continue;
        const hits = live(rule.termsGroup, rule.negativeGroup);
        if (hits.length === 0) continue;
        severity = rule.severity;
        severityReason = explain ? `severity ${severity}: ${rule.name} ${quoteHits(tokenized, hits)}` : '';
      }
      if (severityReason === undefined) {
        let from: CompiledTopic | undefined;
        for (const topic of chosen) {
          if (!from || severityRank(topic.defaultSeverity) > severityRank(from.defaultSeverity)) from = topic;
        }
        if (from) {
          severity = from.defaultSeverity;
          severityReason = explain ? `severity ${severity}: default of topic ${from.summary.id}` : '';
        }
      }
      if (explain && severityReason !== undefined) reasons.push(severityReason);
      if (update.severity && severityRank(update.severity) > severityRank(severity)) {
        if (explain) reasons.push(`severity ${update.severity}: publisher hint (classified ${severity})`);
        severity = update.severity;
      }
      return { topics: chosenIds.length > 0 ? chosenIds : [FALLBACK_TOPIC], severity, reasons };
    },
  };
}

/** "'drone attack', 'Kyiv'": the update's own words, adjacent hits joined into one phrase, duplicates dropped. */
function quoteHits(tokenized: TokenizedText, hits: readonly TermHit[]): string {
  const spans: { start: number; end: number }[] = [];
  for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = spans.at(-1);
    if (last && (hit.start < last.end || (hit.start === last.end && joinsAsPhrase(tokenized, last.end)))) {
      last.end = Math.max(last.end, hit.end);
    } else spans.push({ start: hit.start, end: hit.end });
  }
  const quotes: string[] = [];
  const seen = new Set<string>();
  for (const span of spans) {
    const first = tokenized.tokens[span.start]!;
    const last = tokenized.tokens[span.end - 1]!;
    const quote = tokenized.text.slice(first.start, last.end).replace(/\s+/g, ' ');
    const key = quote.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    quotes.push(`'${quote}'`);
  }
  return quotes.length > MAX_QUOTES ? `${quotes.slice(0, MAX_QUOTES).join(', ')}, …` : quotes.join(', ');
}

/** True when only spaces or hyphens separate token `at - 1` from token `at` (so "drone attack" quotes as one). */
function joinsAsPhrase(tokenized: TokenizedText, at: number): boolean {
  const before = tokenized.tokens[at - 1];
  const after = tokenized.tokens[at];
  return !!before && !!after && /^[\s-]*$/.test(tokenized.text.slice(before.end, after.start));
}
