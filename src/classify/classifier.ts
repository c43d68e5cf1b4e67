// The classifier's interface: what the worker (and ingest, for queue priority) calls. Implementations are pure.
import { severityRank, type Severity } from '../core/severity.js';
import { FALLBACK_TOPIC, type TopicSummary } from '../core/topic.js';
import { ALL_CLEAR_ELSEWHERE_BLOCKERS, GENERAL_TALK_WORDS, clauseBreakBetween, clauseNumbers, DRILL_WORDS, EARLIER_DAY_WORDS, LATER_DAY_WORDS, EVENT_INTERRUPTED, EVENT_AUDIENCE_SENT, opensSentence, EVENT_RETOLD, EVENT_RETOLD_WORKS, DEBUNK_WORDS, EVENT_WORDS, FAKE_MESSAGE_WORDS, FAKE_VERDICTS, findCueScopes, isImperative, QUOTED_NAME_WORDS, LOOK_BACK_WORDS, NOW_MARKERS, ORIGIN_MARKERS, PLAIN_NOW_MARKERS, REAL_MARKERS, RECENT_LOOK_BACK_WORDS, releases, TEST_OVER_MARKERS, CONTRAST_TURNS, JUST_STARTED, STRONG_NOW_MARKERS, TALK_OF_THE_THREAT, SCOPE_MARKER_LISTS, TURN_BLOCKERS, TURN_MARKERS, OPENING_TURN_MARKERS, CITY_WORDS, turnAt, WAR_EVIDENCE, DAMAGE_DENIED, type CueScope } from './cue-scopes.js';
import type { SeverityReviewer } from './severity-check.js';
import type { TopicReviewer } from './topic-check.js';
import { createTermIndex, normalizeText, overlaps, overlapsAny, cancelsAny, tokenize, type TermHit, type TokenSpan, type TokenizedText } from './term-index.js';
import type { TopicsFile } from './topics-file.js';

// A publisher's channel read as the update's signature: LABELLING.md clarification 8 ("channel names count as text").
// A channel name's trailing note on where it was posted or how ("КМВА (Telegram)", "Kyiv Independent (live)"); not
// one that says where the channel is ("Чат мешканців вул. Київської (Одеса)").
const TRAILING_NOTE = /\s*\((?:telegram|телеграм|viber|вайбер|facebook|фейсбук|instagram|x|twitter|tiktok|youtube|whatsapp|live|live blog|online|онлайн|канал|channel)\)\s*$/iu;

/**
 * The words the classifier and the incident matcher read of an update: its text, and its `source` (the channel or
 * outlet) on a last line of its own, as a channel signs a post ("Відбій тривоги.\n— КМВА"). A terse post from Kyiv's
 * city administration is then placed in Kyiv, and a regional administration's "Ракети над містом!" in its region, as
 * the guideline labels them; an outlet named after a city ("Kyiv Independent") is a name, as in the text.
 * @example signedText('Відбій тривоги.', 'КМВА (Telegram)') // 'Відбій тривоги.\n— КМВА'
 */
export function signedText(text: string, source: string | undefined): string {
  const channel = source?.replace(TRAILING_NOTE, '').trim();
  return channel ? `${text}\n— ${channel}` : text;
}

/** Where this module was loaded from: what classifierFingerprint digests as the classifier's code. */
export const CLASSIFIER_MODULE_URL = import.meta.url;

/** What the classifier reads of an update. `topics`/`severity` are publisher hints. */
export interface ClassifiableUpdate {
  text: string;
  title?: string | undefined;
  /** The channel or outlet: read as the update's signature, a last line of its own (see `signedText`). */
  source?: string | undefined;
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
  /** Terms that need a companion in their sentence, and the companions' groups. */
  pairGroups: readonly { terms: number; with: number; also: number }[];
  yieldGroups: readonly { to: ReadonlySet<string>; terms: number; unless: number; when: number }[];
  sharedPlacesGroup: number;
  elsewhereGroup: number;
  negativeGroup: number;
  excludeGroup: number;
  excludeInSentenceGroup: number;
}

interface CompiledSeverityRule {
  name: string;
  severity: Severity;
  topics: ReadonlySet<string> | undefined;
  termsGroup: number;
  negativeGroup: number;
  unlessGroup: number;
  unlessUntilContrastGroup: number;
  unlessInSentenceGroup: number;
  unlessUntilSaidAfterGroup: number;
  unlessInClauseGroup: number;
  withGroup: number;
  within: 'conditional' | 'negation' | undefined;
  /** Reads only updates of at most this many words (a terse post), or any update. */
  maxWords: number | undefined;
  /** With maxWords: the other words such a post may have. */
  fillersGroup: number;
  /** Fires only when no other rule does (before the topics' defaults). */
  isDefault: boolean;
  /** Severe and extreme rules: a conditional or a negation sets their terms aside. */
  alarm: boolean;
}

/** Which scopes set a hit aside (see cue-scopes.ts), each a test of a hit. */
interface ScopeTests {
  /** Names and figures of speech: no rule reads a term or place inside them. */
  named: (hit: TokenSpan) => boolean;
  conditional: (hit: TokenSpan) => boolean;
  /** Denied: inside a negation and not itself a negative phrase ("no damage", "без світла"). */
  negated: (hit: TokenSpan) => boolean;
  /** Inside a negation, the negative phrase itself included ("no alert" in "in Kyiv there is no alert"). */
  denying: (hit: TokenSpan) => boolean;
  scopes: readonly CueScope[];
}

const NO_HITS: TermHit[] = [];
/** Words that make a denial of damage one of part of it: "інших руйнувань немає", "no other damage" (before), "… в сусідніх будинках", "… для людей" (after). */
const PARTIAL_BEFORE = new Set(['інших', 'інші', 'other', 'further', 'more', 'сусідніх', 'neighbouring', 'neighboring', 'nearby', 'adjacent']);
const PARTIAL_AFTER = new Set(['для', 'to', 'for', 'among']);
/** A denial placed ("no debris fell in the city"), partial only where the place is the others ("руйнувань немає в сусідніх будинках"). */
const PLACED_AFTER = new Set(['в', 'у', 'на', 'in', 'at', 'on']);

/** True when a denial of damage (DAMAGE_DENIED) denies only part of it, by the words beside it. */
function partialDenial(tokenized: TokenizedText, hit: TermHit): boolean {
  const next = tokenized.tokens[hit.end];
  const after = tokenized.tokens[hit.end + 1]?.word ?? '';
  return PARTIAL_BEFORE.has(tokenized.tokens[hit.start - 1]?.word ?? '') ||
    (next !== undefined && !next.punctuated && (PARTIAL_AFTER.has(next.word) || (PLACED_AFTER.has(next.word) && PARTIAL_BEFORE.has(after))));
}

/** A word that denies the one after it: a held-back word after it holds nothing back. */
const DENYING_WORDS = new Set(['не', 'ні', 'not', 'never', 'ніколи', 'no', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't"]);
/** Words that correct what follows them ("not fireworks"), and the articles that may stand between. */
const CORRECTING_WORDS = new Set(['не', 'not', "isn't", "aren't", "wasn't", "weren't"]);
/** The first words of an answer that denies the question before it ("Феєрверк? Ні, …"), and what after "no" makes it no answer ("No idea"). */
const ANSWERS_NO = new Set(['ні', 'no', 'nope', 'неа']);
const NOT_AN_ANSWER = new Set(['idea', 'clue', 'one', 'matter', 'doubt', 'longer', 'more']);
/** The words a question that only names a thing may have beside it ("Це був феєрверк?", "Is that fireworks?"). */
const QUESTION_FILLERS = new Set(['це', 'був', 'була', 'було', 'були', 'що', 'чи', 'то', 'лише', 'просто', 'точно', 'справді', 'is', 'it',
  'that', 'this', 'was', 'were', 'are', 'those', 'these', 'a', 'an', 'the', 'just', 'really', 'only']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** The words that bring in what a denial corrects to ("не тест, а перевірка", "not a drill but a test"). */
const CORRECTING_CONTRASTS = new Set(['а', 'but', 'rather', 'instead']);
/** How many words after such a contrast the drill it corrects to may come ("а щомісячна планова перевірка"). */
const CORRECTION_REACH = 4;

const NO_SCOPES: ScopeTests = {
  named: () => false, conditional: () => false, negated: () => false, denying: () => false, scopes: [],
};

/** The topics of a topics file as clients see them (id, name, description), in display order. */
export function topicSummaries(topicsFile: TopicsFile): TopicSummary[] {
  return topicsFile.topics.map((rule) => ({ id: rule.id, name: rule.name, ...(rule.description === undefined ? {} : { description: rule.description }) }));
}

/** A negative that is a street's or a square's name ("вулиц* київськ*", "Kyivska street"): see `isPlaceInWords`. */
const STREET_NAME = /(?:^|\s)(?:вулиц|проспект|площ|провул|бульвар|узвіз|шосе|(?:вул|street|st|avenue|ave|highway|boulevard|square|road|lane)(?!\p{L}))/iu;

/**
 * Builds a classifier from topic and severity rules: a topic matches when one of its terms (and, if it lists
 * places, one of its places) appears outside any of its negative contexts and none of its exclusions appears;
 * the severity is the highest any severity rule gives, else the highest default of the matched topics. Publisher hints add topics and raise
 * (never lower) the severity. Cues inside a name or a figure of speech count for no rule; inside a conditional
 * they count for no place-bound topic and no severe or extreme rule, inside a negation for no severe or extreme
 * rule (src/classify/cue-scopes.ts), and the reasons say which cue was set aside.
 * `severityCheck`, when given, reviews the rules' severity below extreme (src/classify/severity-check.ts): it may
 * lower it, or raise it short of extreme, and its reason comes last. `topicCheck`, when given, reviews the topics of an
 * update that is not extreme and whose publisher named none (src/classify/topic-check.ts), after everything else.
 * @example const classifier = createClassifier(await loadTopicsFile(config.topicsFile), { severityCheck, topicCheck });
 */
export function createClassifier(
  topicsFile: TopicsFile,
  options: { severityCheck?: SeverityReviewer | undefined; topicCheck?: TopicReviewer | undefined } = {},
): Classifier {
  const { severityCheck, topicCheck } = options;
  const groups: (readonly string[])[] = [];
  const addGroup = (terms: readonly string[]): number => groups.push(terms) - 1;

  const summaries = topicSummaries(topicsFile);
  const topics: CompiledTopic[] = topicsFile.topics.map((rule, at) => ({
    summary: summaries[at] as TopicSummary,
    defaultSeverity: rule.defaultSeverity,
    requiresPlace: rule.places.length > 0,
    termsGroup: addGroup(rule.terms),
    placesGroup: addGroup(rule.places),
    pairGroups: rule.pairs.map((pair) => ({ terms: addGroup(pair.terms), with: addGroup(pair.with), also: addGroup(pair.also) })),
    yieldGroups: rule.yields.map((yielding) => ({
      to: new Set(yielding.to),
      terms: addGroup(yielding.terms),
      unless: addGroup(yielding.unless),
      when: addGroup(yielding.when),
    })),
    sharedPlacesGroup: addGroup(rule.sharedPlaces),
    elsewhereGroup: addGroup(rule.elsewhere),
    negativeGroup: addGroup(rule.negative),
    excludeGroup: addGroup(rule.exclude),
    excludeInSentenceGroup: addGroup(rule.excludeInSentence),
  }));
  const severityRules: CompiledSeverityRule[] = topicsFile.severityRules.map((rule) => ({
    name: rule.name,
    severity: rule.severity,
    topics: rule.topics ? new Set(rule.topics) : undefined,
    termsGroup: addGroup(rule.terms),
    negativeGroup: addGroup(rule.negative),
    unlessGroup: addGroup(rule.unless),
    unlessUntilContrastGroup: addGroup(rule.unlessUntilContrast),
    unlessInSentenceGroup: addGroup(rule.unlessInSentence),
    unlessUntilSaidAfterGroup: addGroup(rule.unlessUntilSaidAfter),
    unlessInClauseGroup: addGroup(rule.unlessInClause),
    withGroup: addGroup(rule.with),
    within: rule.within,
    maxWords: rule.maxWords,
    fillersGroup: addGroup(rule.fillers),
    isDefault: rule.default,
    alarm: severityRank(rule.severity) >= severityRank('severe'),
  }));
  // Words of now (they release an alarm from a whole-update hold-back: src/classify/cue-scopes.ts, `releases`).
  const nowGroup = addGroup(NOW_MARKERS);
  const warEvidenceGroup = addGroup(WAR_EVIDENCE);
  const damageDeniedGroup = addGroup(DAMAGE_DENIED);
  const realGroup = addGroup(REAL_MARKERS);
  const testOverGroup = addGroup(TEST_OVER_MARKERS);
  const elsewhereBlockerGroup = addGroup(ALL_CLEAR_ELSEWHERE_BLOCKERS);
  const contrastTurnGroup = addGroup(CONTRAST_TURNS);
  const justStartedGroup = addGroup(JUST_STARTED);
  const lookBackGroup = addGroup(LOOK_BACK_WORDS);
  const recentLookBackGroup = addGroup(RECENT_LOOK_BACK_WORDS);
  const strongNowGroup = addGroup(STRONG_NOW_MARKERS);
  const turnGroup = addGroup(TURN_MARKERS);
  const openingTurnGroup = addGroup(OPENING_TURN_MARKERS);
  const cityWordGroup = addGroup(CITY_WORDS);
  const turnBlockerGroup = addGroup(TURN_BLOCKERS);
  // An all-clear's words (the built-in 'all-clear' rule's): a turn to now does not lift their hold (see releasedByTurn).
  const allClearGroups = severityRules.filter((rule) => rule.name === 'all-clear').map((rule) => rule.termsGroup);
  const talkGroup = addGroup(TALK_OF_THE_THREAT);
  const drillGroup = addGroup(DRILL_WORDS);
  const eventGroup = addGroup(EVENT_WORDS);
  const earlierDayGroup = addGroup(EARLIER_DAY_WORDS);
  const laterDayGroup = addGroup(LATER_DAY_WORDS);
  const interruptedGroup = addGroup(EVENT_INTERRUPTED);
  const audienceSentGroup = addGroup(EVENT_AUDIENCE_SENT);
  const retoldGroup = addGroup(EVENT_RETOLD);
  const retoldWorkGroup = addGroup(EVENT_RETOLD_WORKS);
  const originGroup = addGroup(ORIGIN_MARKERS);
  const fakeMessageGroup = addGroup(FAKE_MESSAGE_WORDS);
  const fakeVerdictGroup = addGroup(FAKE_VERDICTS);
  const plainNowGroup = addGroup(PLAIN_NOW_MARKERS);
  const debunkGroup = addGroup(DEBUNK_WORDS);
  const generalTalkGroup = addGroup(GENERAL_TALK_WORDS);
  // The scope markers share the index: one lookup per word for rules and scopes alike (they come last).
  const scopeBase = groups.length;
  for (const list of SCOPE_MARKER_LISTS) addGroup(list);
  const index = createTermIndex(groups);
  const topicIds = new Set(topics.map((topic) => topic.summary.id));
  const fallback = topics.find((topic) => topic.summary.id === FALLBACK_TOPIC);
  // What could raise an alarm: a place-bound topic's terms and places, a severe or extreme rule's terms.
  const boundTopics = topics.filter((topic) => topic.requiresPlace);
  const cueGroups = [
    ...boundTopics.flatMap((topic) => [topic.termsGroup, topic.placesGroup, topic.sharedPlacesGroup]),
    ...severityRules.filter((rule) => rule.alarm).map((rule) => rule.termsGroup),
  ];
  // The words of the air war themselves: a place-bound topic's terms (not its places, not a rule's words of now).
  const termCueGroups = boundTopics.map((topic) => topic.termsGroup);
  // Where a place is named (a place-bound topic's own, shared or other places): "during an alert" there is a report.
  const placeGroups = boundTopics.flatMap((topic) => [topic.placesGroup, topic.sharedPlacesGroup, topic.elsewhereGroup]);
  // The lists whose matches a contained shorter negative does not cancel (see `live`).
  const topicPlaceGroups = new Set(boundTopics.flatMap((topic) => [topic.placesGroup, topic.sharedPlacesGroup]));
  // The rules whose words are a live threat: a topic's veto in another sentence does not reach them (see the topics).
  const extremeRules = severityRules.filter((rule) => rule.alarm && rule.severity === 'extreme' && rule.maxWords === undefined && rule.within === undefined);
  const ruleOrder = [...severityRules.filter((rule) => !rule.isDefault), ...severityRules.filter((rule) => rule.isDefault)];
  // What a channel's signature is read for: where the post is (the topics' places, other places, a terse post's places,
  // "the city"), and the names and negatives that set a place aside ("Kyiv Independent"). Not topic or severity
  // words: "Повітряні сили ЗСУ" signs air-force summaries, which are no troops news (LABELLING.md clarification 12).
  const ownPlaceGroups = new Set(placeGroups);
  const negativeGroups = new Set(topics.map((topic) => topic.negativeGroup));
  const signatureGroups = new Set([
    ...placeGroups,
    ...negativeGroups,
    ...severityRules.filter((rule) => rule.maxWords !== undefined).map((rule) => rule.withGroup),
    cityWordGroup,
    ...SCOPE_MARKER_LISTS.map((_, at) => scopeBase + at),
  ]);

  const classifier = {
    topics: topics.map((topic) => topic.summary),
    /**
     * `eventsLift` (inside only): whether an event's hold-back may lift from an alarm reported apart from it. When one
     * did and no extreme alarm then decided the severity, the update is classified again without it: an event holds back
     * everything but a live alarm. `yieldsOn` (inside only): whether topics' `yields` apply; when they took a place-bound
     * topic away, the update is classified again without them, and that classification stands if it is extreme: a live
     * threat keeps its place's topic. `asTopics` (inside only): the topics to read the severity under instead of those
     * the words matched (the learned topic check's, see `retopiced`).
     */
    classify(
      update: ClassifiableUpdate,
      options?: { explain?: boolean },
      eventsLift = true,
      yieldsOn = true,
      asTopics?: readonly string[],
    ): Classification {
      const explain = options?.explain ?? true;
      const signed = signedText(update.text, update.source);
      const tokenized = tokenize(update.title ? `${update.title}\n${signed}` : signed);
      // Where the channel's signature begins (a token index): a terse post is its own words, however long the name. The
      // signature starts at a line break, where normalising the parts apart is normalising the whole: only it is read
      // again, not the text.
      const signedAt = signed.length > update.text.length ? tokenized.text.length - normalizeText(signed.slice(update.text.length)).length : -1;
      const signatureFrom = signedAt === -1 ? -1 : tokenized.tokens.findIndex((token) => token.start >= signedAt);
      const signatureAt = signatureFrom === -1 ? tokenized.tokens.length : signatureFrom;
      // Hits by group, made only for the groups that have some (most of the hundreds of groups have none).
      const byGroup: (TermHit[] | undefined)[] = new Array(groups.length);
      const found = index.find(tokenized.tokens);
      // A signature places only a post whose own words name no place: "Кличко: вибухи на лівому березі" stays Kyiv's
      // whoever publishes it.
      // Another place that a topic's negative covers is none ("Поїзди на ділянці Дніпро — Лісова": the metro's station, not
      // the city); a topic's own place so covered still is ("від Києва віддаляються" says the post is not Kyiv's).
      // A street's name is none either, whoever's place it names ("влучання в будинок на вулиці Київській", signed by a
      // town's channel: most towns have a Kyiv Street). (The negatives are read only for a post that names such a place.)
      // Per token, the farthest end of a negative (of every one, or of the streets' names) that starts at or before it: a
      // hit is covered when that reaches its end, one lookup however many negatives and places the words repeat.
      let reachOfAny: Int32Array | undefined;
      let reachOfStreets: Int32Array | undefined;
      const reachOf = (streetsOnly: boolean): Int32Array => {
        const reach = new Int32Array(signatureAt);
        for (const negative of found) {
          if (negative.start >= signatureAt || !negativeGroups.has(negative.group) || (streetsOnly && !STREET_NAME.test(negative.term))) continue;
          reach[negative.start] = Math.max(reach[negative.start]!, negative.end);
        }
        for (let at = 1; at < reach.length; at++) reach[at] = Math.max(reach[at]!, reach[at - 1]!);
        return reach;
      };
      const isPlaceInWords = (hit: TermHit) => {
        if (hit.start >= signatureAt || !ownPlaceGroups.has(hit.group)) return false;
        const reach = topicPlaceGroups.has(hit.group) ? (reachOfStreets ??= reachOf(true)) : (reachOfAny ??= reachOf(false));
        return reach[hit.start]! < hit.end;
      };
      const placedByWords = signatureAt < tokenized.tokens.length && found.some(isPlaceInWords);
      for (const hit of found) {
        if (hit.start >= signatureAt && (placedByWords || !signatureGroups.has(hit.group))) continue;
        (byGroup[hit.group] ??= []).push(hit);
      }
      const hitsOf = (group: number): TermHit[] => byGroup[group] ?? NO_HITS;
      // Each negative list prepared once per update (merged runs, or sorted with their reach): a text repeating a term
      // and its negative context thousands of times costs no comparison per pair. A topic's place longer than a negative
      // it contains whole is the more specific reading and stands: "strikes on Kyiv will" beside the negative "Kyiv will"
      // (Kyiv as the government; `cancelsAny`). Every other list's match is cancelled by any negative it overlaps.
      const cancellers = new Map<number, (hit: TermHit) => boolean>();
      const placeCancellers = new Map<number, (hit: TermHit) => boolean>();
      const live = (group: number, negativeGroup: number): TermHit[] => {
        const hits = hitsOf(group);
        const negatives = hitsOf(negativeGroup);
        if (negatives.length === 0 || hits.length === 0) return hits;
        const byPlace = topicPlaceGroups.has(group);
        const prepared = byPlace ? placeCancellers : cancellers;
        let cancelled = prepared.get(negativeGroup);
        if (!cancelled) prepared.set(negativeGroup, (cancelled = byPlace ? cancelsAny(negatives) : overlapsAny(negatives)));
        return hits.filter((hit) => !cancelled(hit));
      };
      const scope = scopeTests(tokenized, hitsOf, scopeBase, groups.length, cueGroups, placeGroups);
      // The cues set aside, by the scope that did it and what they would have decided (told only if it mattered).
      const setAside = new Map<string, { rank: number; scope: string; what: string; hits: TermHit[] }>();
      const aside = (hits: readonly TermHit[], test: (hit: TermHit) => boolean, what: string, rank = Number.POSITIVE_INFINITY) => {
        if (!explain) return;
        // A reason quotes a few words: so many hits are looked up (each against every scope), not thousands.
        let looked = 0;
        for (const hit of hits) {
          if (!test(hit)) continue;
          if (++looked > MAX_QUOTES) break;
          const found = scope.scopes.find((candidate) => overlaps(candidate, hit) && (candidate.kind !== 'negation' || !overlaps(candidate.marker!, hit)));
          if (!found) continue;
          const quote = `${found.kind}: ${quoteSpan(tokenized, found.quote)}`;
          const key = `${quote} ${what}`;
          const entry = setAside.get(key);
          if (entry) entry.hits.push(hit);
          else setAside.set(key, { rank, scope: quote, what, hits: [hit] });
        }
      };

      const reasons: string[] = [];
      const matched: CompiledTopic[] = [];
      /** Whether an event's hold-back was lifted (see `eventsLift`), and whether an extreme alarm rule decided the severity. */
      let liftedByEvent = false;
      /** The topics that yields took away (every term of theirs yielded; see `yieldsOn`). */
      const yieldedTopics = new Set<string>();
      let alarmDecided = false;
      /** Whether a terse post's rule (maxWords) decided the severity. */
      let terseDecided = false;
      /** The hits of the rule that decided the severity. */
      let decidingHits: readonly TermHit[] = NO_HITS;
      let sentences: Int32Array | undefined;
      let clauses: Int32Array | undefined;
      let conjunctionClauses: Int32Array | undefined;
      let contrasts: Int32Array | undefined;
      /** The sentences that end in a question mark, and in an exclamation mark, found once an update (`sentencesEndingIn`). */
      let questions: Set<number> | undefined;
      const asking = (): Set<number> => (questions ??= sentencesEndingIn(tokenized, '?'));
      /** The sentences with a word that `test` accepts. */
      const sentencesWith = (test: (word: string) => boolean): Set<number> => {
        sentences ??= sentenceNumbers(tokenized);
        const found = new Set<number>();
        for (const [at, token] of tokenized.tokens.entries()) if (test(token.word)) found.add(sentences[at]!);
        return found;
      };
      /** The sentences that give an order (an imperative), and those that say a condition or a standing rule, found once each. */
      let ordered: Set<number> | undefined;
      const orderedSentences = (): Set<number> => (ordered ??= sentencesWith(isImperative));
      let ruled: Set<number> | undefined;
      const ruleSentences = (): Set<number> => (ruled ??= sentencesWith((word) => RULE_OR_CONDITION_WORDS.has(word)));
      let exclamations: Set<number> | undefined;
      const exclaimed = (sentence: number): boolean => (exclamations ??= sentencesEndingIn(tokenized, '!')).has(sentence);
      /**
       * True when one of `words` comes right before a hit (an article between allowed when `articles`), with no
       * punctuation between: "атака ще не завершилася", "Not fireworks", "not a film shoot"; not "No, fireworks", which
       * answers a question.
       */
      const precededBy = (hit: TokenSpan, words: ReadonlySet<string>, articles = false): boolean => {
        let at = hit.start - 1;
        if (articles && ARTICLES.has(tokenized.tokens[at]?.word ?? '')) at--;
        const before = tokenized.tokens[at];
        return before !== undefined && words.has(before.word) && !clauseBreakBetween(tokenized.text, before.end, tokenized.tokens[hit.start]!.start);
      };
      /** A hit the word right before denies ("атака ще не завершилася"). */
      const deniedBefore = (hit: TokenSpan): boolean => precededBy(hit, DENYING_WORDS);
      /** A hit "not"/"не" corrects ("Not fireworks", "це не салют"), not one "no" says is absent ("No fireworks tonight"). */
      const correctedBefore = (hit: TokenSpan): boolean => precededBy(hit, CORRECTING_WORDS, true);
      /**
       * A hit asked about and answered no in the next sentence's first word: "Феєрверк? Ні, це ППО працює над Оболонню",
       * "Fireworks? No, that's air defence" (not "No idea"). What the question names is denied, as "not fireworks" is.
       * Only a question that names the thing and nothing else ("Це був феєрверк?"): "Перевірка сирен сьогодні буде? Ні,
       * її перенесли" answers whether it happens, not what the sound is.
       */
      const answeredNo = (hit: TokenSpan): boolean => {
        if (asking().size === 0) return false;
        sentences ??= sentenceNumbers(tokenized);
        const sentence = sentences[hit.start]!;
        if (!asking().has(sentence)) return false;
        const { tokens } = tokenized;
        for (let at = hit.start - 1; at >= 0 && sentences[at] === sentence; at--) {
          if (tokens[at]!.word !== '' && !QUESTION_FILLERS.has(tokens[at]!.word)) return false;
        }
        let at = hit.end;
        for (; at < tokens.length && tokens[at]!.word !== ''; at++) if (!QUESTION_FILLERS.has(tokens[at]!.word)) return false;
        while (at < tokens.length && tokens[at]!.word === '') at++;
        const answer = tokens[at]?.word;
        return answer !== undefined && ANSWERS_NO.has(answer) && !NOT_AN_ANSWER.has(tokens[at + 1]?.word ?? '');
      };
      /**
       * True when the sentence of `held` names a place of a place-bound topic's elsewhere list and none of `places` (nor
       * "the city"): what it holds back is said of another place.
       */
      const heldOfAnotherPlace = (held: TokenSpan, places: readonly TermHit[]): boolean => {
        sentences ??= sentenceNumbers(tokenized);
        const sentence = sentences[held.start]!;
        const inSentence = (hit: TermHit) => sentences![hit.start] === sentence && !scope.named(hit);
        if (places.some(inSentence) || hitsOf(cityWordGroup).some(inSentence)) return false;
        return boundTopics.some((topic) => hitsOf(topic.elsewhereGroup).some(inSentence));
      };
      /**
       * `holding` without the all-clears (of `allClearOnly`, else any hold) said of another place in a sentence without
       * any of `hits` (heldOfAnotherPlace), when the update says `hits` are on now (threatSaidNow) and tells the threat
       * nowhere as downed, over, retold or staged, nor the all-clear as everywhere but some places
       * (ALL_CLEAR_ELSEWHERE_BLOCKERS: "Обидві збиті над Житомирщиною, там уже відбій"), where any all-clear still holds
       * it back.
       */
      const heldOfThisPlace = (holding: TermHit[], hits: readonly TermHit[], places: readonly TermHit[], allClearOnly = false): TermHit[] => {
        if (holding.length === 0) return holding;
        sentences ??= sentenceNumbers(tokenized);
        const hitSentences = new Set(hits.map((hit) => sentences![hit.start]));
        const isAllClear = allClearOnly ? overlapsAny(allClearGroups.flatMap(hitsOf)) : undefined;
        const apart = (held: TermHit) => !hitSentences.has(sentences![held.start]) && (isAllClear === undefined || isAllClear(held));
        if (!holding.some(apart) || hitsOf(elsewhereBlockerGroup).some((hit) => !scope.named(hit)) || !threatSaidNow(hits)) return holding;
        return holding.filter((held) => !apart(held) || !heldOfAnotherPlace(held, places));
      };
      /**
       * True when the update says the threat of `hits` is on now: an exclamation in a hit's sentence, an unquoted word of now
       * or a turn to it, an order, or that it has just started (JUST_STARTED).
       */
      const threatSaidNow = (hits: readonly TermHit[]): boolean => {
        sentences ??= sentenceNumbers(tokenized);
        const asked = asking();
        const hitSentences = new Set(hits.map((hit) => sentences![hit.start]!).filter((sentence) => !asked.has(sentence)));
        if (hitSentences.size === 0) return false;
        if ([...hitSentences].some(exclaimed)) return true;
        // (A word of now or an order in a threat's own sentence: not the all-clear's "зараз спокійно", "виходьте з укриттів".)
        const inThreat = (marker: TermHit) => hitSentences.has(sentences![marker.start]!) && !scope.named(marker) && !inQuotes(marker);
        if ([...hitsOf(nowGroup), ...turnHits()].some(inThreat) || hitsOf(justStartedGroup).some((marker) => !inQuotes(marker))) return true;
        const orders = orderedSentences();
        return [...hitSentences].some((sentence) => orders.has(sentence));
      };
      /** True when a hit overlaps a whole-update veto of a place-bound topic (its `exclude`), not a drill's or a test's word. */
      const isTopicVeto = (hit: TermHit): boolean =>
        !hitsOf(drillGroup).some((drill) => overlaps(drill, hit)) && boundTopics.some((topic) => hitsOf(topic.excludeGroup).some((veto) => overlaps(veto, hit)));
      /** A veto or hold-back that a word before corrects or an answer denies holds nothing back. */
      const deniedVeto = (hit: TokenSpan): boolean => correctedBefore(hit) || answeredNo(hit);
      /**
       * A rule's `unlessInSentence`/`unlessInClause` hits that hold back: outside its negatives and names, and not
       * denied by the word before them ("атака ще не завершилася" reports no end).
       */
      const heldBack = (group: number, negativeGroup: number): TermHit[] =>
        hitsOf(group).length > 0 ? live(group, negativeGroup).filter((hit) => !scope.named(hit) && !deniedBefore(hit)) : NO_HITS;
      /**
       * The hits that every one of `holding` (a topic's vetoes, a rule's `unless` hits) is released from, and the
       * markers that did it: only look-backs and debunks (by a word of now, `releases`, or of a real alarm), drills
       * (by a word of a real alarm) and, alone, events an alert cut short (by where the alarm is said, near `places`),
       * and only for a hit whose own clause holds none of them. A hold-back denied by name ("This is not the noon siren
       * test", "це не спогади") holds nothing back. Any other hold-back keeps every hit.
       */
      /** The words that turn the post to now (TURN_MARKERS), with those that do only as a sentence's first word. */
      let turns: readonly TermHit[] | undefined;
      const turnHits = (): readonly TermHit[] => {
        if (turns) return turns;
        const opening = hitsOf(openingTurnGroup).filter((hit) => opensSentence(tokenized, hit.start));
        return (turns = opening.length === 0 ? hitsOf(turnGroup) : [...hitsOf(turnGroup), ...opening]);
      };
      const releasedFrom = (hits: readonly TermHit[], holding: readonly TermHit[], places: readonly TermHit[]): Released => {
        const held = releasedFromHolds(hits, holding, places);
        const turned = releasedByTurn(hits, holding);
        if (turned.hits.length === 0) return held;
        if (held.hits.length === 0) return turned;
        return {
          hits: hits.filter((hit) => held.hits.includes(hit) || turned.hits.includes(hit)),
          by: [...new Set([...held.by, ...turned.by])],
          denied: held.denied,
          apart: held.apart,
        };
      };
      /**
       * The hits said after everything that holds them back, in a later sentence that a word of now turns to the present
       * at or before them (TURN_MARKERS) and that names where (a place of a place-bound topic, another city, "the city"):
       * unquoted, outside a condition or a name, not a question, not talk of the threat before it ("Просто зараз Кличко в
       * ефірі розповідає про тривогу"). Not from a drill, a debunk (their own releases decide) or an all-clear (a
       * new alert after it has rules of its own; "All clear in Kyiv. Right now crews are clearing debris after
       * explosions"), nor from a hold-back in the hit's sentence ("Fire alarm at a Kyiv mall. Right now sirens are
       * howling" names no place where they howl).
       */
      const releasedByTurn = (hits: readonly TermHit[], holding: readonly TermHit[]): Released => {
        const none: Released = { hits: NO_HITS, by: NO_HITS, denied: false, apart: false };
        const turns = turnHits();
        if (turns.length === 0 || hits.length * holding.length > MAX_RELEASE_PAIRS) return none;
        const isKept = overlapsAny([...hitsOf(drillGroup), ...hitsOf(debunkGroup), ...allClearGroups.flatMap(hitsOf)]);
        if (holding.some(isKept)) return none;
        sentences ??= sentenceNumbers(tokenized);
        const lastHeld = holding.reduce((at, held) => Math.max(at, sentences![held.start]!), -1);
        // In the last holding sentence itself, a word of now past a contrast after each of its holding terms turns the
        // rest of it ("Було чути п'ять вибухів, але це ще не кінець — друга хвиля дронів уже над містом").
        const heldInLast = holding.filter((held) => sentences![held.start] === lastHeld);
        const pastContrast = (span: TokenSpan): boolean => {
          contrasts ??= nextContrasts(tokenized);
          return heldInLast.every((held) => releasedBy(contrasts!, sentences!, held, span));
        };
        const markers = turns.filter((turn) => !scope.named(turn) && !scope.conditional(turn) && !inQuotes(turn) &&
          (sentences![turn.start]! > lastHeld || (sentences![turn.start] === lastHeld && pastContrast(turn))));
        if (markers.length === 0) return none;
        const placed = new Set(
          [...placeGroups.flatMap(hitsOf), ...hitsOf(cityWordGroup)].filter((place) => !scope.named(place)).map((place) => sentences![place.start]),
        );
        // (Not a bare "про"/"about": "мер повідомляє про серію вибухів" reports them.)
        const talks = hitsOf(talkGroup).filter((talk) => talk.end - talk.start > 1 || !BARE_ABOUT.has(tokenized.tokens[talk.start]!.word));
        const blocked = new Set(hitsOf(turnBlockerGroup).filter((hit) => !scope.named(hit)).map((hit) => sentences![hit.start]));
        const asked = asking();
        const by = new Set<TermHit>();
        const kept = hits.filter((hit) => {
          const sentence = sentences![hit.start]!;
          if (sentence < lastHeld || inQuotes(hit) || !placed.has(sentence) || asked.has(sentence) || blocked.has(sentence)) return false;
          if (talks.some((talk) => sentences![talk.start] === sentence && talk.start < hit.start)) return false;
          const turning = markers.filter((turn) => sentences![turn.start] === sentence && turn.start <= hit.start);
          for (const turn of turning) by.add(turn);
          return turning.length > 0;
        });
        return { hits: kept, by: [...by], denied: false, apart: false };
      };
      const releasedFromHolds = (hits: readonly TermHit[], holding: readonly TermHit[], places: readonly TermHit[]): Released => {
        const none: Released = { hits: NO_HITS, by: NO_HITS, denied: false, apart: false };
        const lookBacks = hitsOf(lookBackGroup);
        const drills = hitsOf(drillGroup);
        const events = hitsOf(eventGroup);
        const laterDays = hitsOf(laterDayGroup).filter((hit) => !scope.named(hit));
        // Bounded: a text that repeats its hold-backs and cues thousands of times is held back, not searched.
        if (lookBacks.length + drills.length + events.length + laterDays.length === 0 || hits.length * holding.length > MAX_RELEASE_PAIRS) return none;
        const isLookBack = overlapsAny(lookBacks);
        const isDrill = overlapsAny(drills);
        const isEvent = overlapsAny(events);
        // A hold-back its own sentence dates to a later day (LATER_DAY_WORDS: "Нагадуємо: завтра о 12:00 планова перевірка
        // сирен", "У понеділок сапери проведуть контрольований підрив") is lifted, like a look-back, for an alarm said
        // with a word of now in an earlier sentence (not in its own: "Завтра о 10:00 перевірка системи оповіщення:
        // прозвучить сирена", nor in a drill's description after it).
        let laterDaySentences: Set<number> | undefined;
        const laterDated = (held: TermHit): boolean => {
          if (laterDays.length === 0) return false;
          sentences ??= sentenceNumbers(tokenized);
          laterDaySentences ??= new Set(laterDays.map((hit) => sentences![hit.start]!));
          return laterDaySentences.has(sentences[held.start]!);
        };
        // A quoted hold-back in an event's sentence is the event's name ("Концерт «Київ Джаз» на Співочому полі скасовано:
        // у столиці повітряна тривога").
        let namedEvents: Set<number> | undefined;
        const isEventName = (held: TermHit): boolean => {
          if (!inQuotes(held)) return false;
          sentences ??= sentenceNumbers(tokenized);
          namedEvents ??= new Set(holding.filter(isEvent).map((event) => sentences![event.start]!));
          return namedEvents.has(sentences[held.start]!);
        };
        if (!holding.every((held) => isLookBack(held) || isDrill(held) || isEvent(held) || laterDated(held) || isEventName(held))) return none;
        const unquoted = (marker: TermHit) => !scope.named(marker) && !inQuotes(marker);
        if (holding.some(isEvent)) {
          // An event among other hold-backs: held, whatever else is said (a real alarm's words lift a drill, not an event),
          // but for the event's quoted name.
          if (!holding.every((held) => isEvent(held) || isEventName(held))) return none;
          // An event an alert cut short holds back no alert the update reports apart from it: said outside the
          // event's clause, in a sentence that names the place outside it too and asks nothing, unquoted, with the
          // event cut short or called off in its own sentence ("Концерт … перервали: у Києві повітряна тривога"), in an
          // update dated to no earlier day or year and retelling nothing. Still held: the event's own clause ("під час
          // концерту пролунала тривога"), a place named only beside the event, a programme ("Фестиваль … відбудеться
          // 20 липня. Під час тривоги …"), a question ("Тривога в Києві? Шоу на паузі"), a look back ("Торік …", "In
          // 2023, the festival was halted: …"), an interview, a film or a book ("Співачка розповіла, як її концерт
          // перервали: …", "Air raid alert in Kyiv. … This is how the film … begins").
          if (!eventsLift || places.length === 0 || hitsOf(earlierDayGroup).length > 0 || hitsOf(retoldGroup).length > 0) return none;
          sentences ??= sentenceNumbers(tokenized);
          clauses ??= clauseNumbers(tokenized);
          const heldClauses = new Set(holding.map((held) => clauses![held.start]));
          // A work is the event itself in the event's own clause (a film's premiere put off), a retelling elsewhere.
          if (hitsOf(retoldWorkGroup).some((work) => !heldClauses.has(clauses![work.start]))) return none;
          const eventSentences = new Set(holding.map((held) => sentences![held.start]!));
          // (An audience sent to the shelter not in a sentence of a rule or a condition: "Глядачів концерту просять пройти в укриття —
          // за правилами, у разі тривоги".)
          const cutShort =
            hitsOf(interruptedGroup).some((hit) => eventSentences.has(sentences![hit.start]!)) ||
            hitsOf(audienceSentGroup).some((hit) => eventSentences.has(sentences![hit.start]!) && !ruleSentences().has(sentences![hit.start]!));
          if (!cutShort) return none;
          const asked = asking();
          const placeSentences = new Set(
            places.filter((place) => unquoted(place) && !heldClauses.has(clauses![place.start])).map((place) => sentences![place.start]),
          );
          const kept = hits.filter((hit) => {
            const sentence = sentences![hit.start]!;
            return !heldClauses.has(clauses![hit.start]) && placeSentences.has(sentence) && !asked.has(sentence) && !inQuotes(hit);
          });
          if (kept.length > 0) liftedByEvent = true;
          return { hits: kept, by: NO_HITS, denied: false, apart: kept.length > 0 };
        }
        const denier = (at: number) => DENYING_WORDS.has(tokenized.tokens[at]?.word ?? '');
        // Not a word of a real alarm that a drill or a test corrects right after "а"/"but" (within a few words): "це не
        // тест нової системи, а щомісячна перевірка" is the test; "це не перевірка, а реальна загроза: … після перевірки
        // сирен оголошено тривогу" and "real this time — the test was yesterday" are not corrected.
        const correctedToDrill = (real: TermHit) =>
          drills.some((drill) => {
            sentences ??= sentenceNumbers(tokenized);
            if (drill.start < real.end || sentences[drill.start] !== sentences[real.start]) return false;
            for (let at = drill.start - 1; at >= Math.max(real.end, drill.start - CORRECTION_REACH); at--) {
              const token = tokenized.tokens[at]!;
              if (clauseBreakBetween(tokenized.text, token.end, tokenized.tokens[at + 1]!.start)) return false;
              if (CORRECTING_CONTRASTS.has(token.word)) return true;
            }
            return false;
          });
        // Nor one asked about ("Реальна тривога чи навчання? Завтра о 12:00 перевірка сирен").
        const askedAbout = (real: TermHit) => {
          sentences ??= sentenceNumbers(tokenized);
          return asking().has(sentences[real.start]!);
        };
        const reals = hitsOf(realGroup).filter(
          (real) =>
            unquoted(real) &&
            !scope.conditional(real) &&
            !scope.negated(real) &&
            !denier(real.start - 1) &&
            !denier(real.start - 2) &&
            !correctedToDrill(real) &&
            !askedAbout(real),
        );
        const nows = hitsOf(nowGroup).filter(unquoted);
        // A test told as over, for a hit after it in its sentence past a contrast that turns to now, with no drill named after
        // it (TEST_OVER_MARKERS).
        const testsOver = hitsOf(testOverGroup).filter((over) => unquoted(over) && !drills.some((drill) => drill.start >= over.end));
        const overBefore = (held: TermHit, hit: TermHit): TermHit | undefined => {
          if (testsOver.length === 0 || !isDrill(held)) return undefined;
          sentences ??= sentenceNumbers(tokenized);
          // And said as an alarm: not asked, not a condition or a denial, its sentence an exclamation ("…, а тепер реально:
          // балістика на Київ, укриття!"; not "…, а тепер кияни питають: а що, якби це були справжні ракети?", "…, а тепер
          // порівняйте: у 2022-му ракети на Київ летіли щотижня").
          if (asking().has(sentences[hit.start]!) || scope.conditional(hit) || scope.negated(hit) || !exclaimed(sentences[hit.start]!)) return undefined;
          // (Nor beside words of a threat past, downed, retold or staged: "…, а зараз кліп: балістика на Київ!".)
          if (hitsOf(elsewhereBlockerGroup).some((blocker) => !scope.named(blocker))) return undefined;
          const turns = hitsOf(contrastTurnGroup);
          return testsOver.find((over) => held.start < over.end && over.end <= hit.start && sentences![over.start] === sentences![hit.start] &&
            turns.some((turn) => turn.start >= over.end && turn.start <= hit.start));
        };
        const isRecentLookBack = overlapsAny(hitsOf(recentLookBackGroup));
        const isStrongNow = overlapsAny(hitsOf(strongNowGroup));
        const isPlainNow = overlapsAny(hitsOf(plainNowGroup));
        const isDebunk = overlapsAny(hitsOf(debunkGroup));
        const talks = hitsOf(talkGroup);
        const standing = holding.filter((held) => !deniedByName(tokenized, held));
        if (reals.length === 0 && nows.length === 0 && testsOver.length === 0 && standing.length === holding.length) return none;
        sentences ??= sentenceNumbers(tokenized);
        clauses ??= clauseNumbers(tokenized);
        const heldClauses = new Set(holding.map((held) => clauses![held.start]));
        const by = new Set<TermHit>();
        const kept = hits.filter((hit) => {
          if (heldClauses.has(clauses![hit.start])) return false;
          const used: TermHit[] = [];
          for (const held of standing) {
            if (reals.length > 0) {
              used.push(...reals);
              continue;
            }
            const over = overBefore(held, hit);
            if (over) {
              used.push(over);
              continue;
            }
            if (!isLookBack(held) && !(laterDated(held) && sentences![hit.start]! < sentences![held.start]!)) return false;
            // Yesterday's, last night's or the week's news is lifted only by a word that says now outright, in a clause
            // that reports the threat rather than talks of it ("Просто зараз Кличко розповідає про тривогу", "videos of the
            // explosions are spreading").
            const recent = isRecentLookBack(held);
            if (recent && talks.some((talk) => clauses![talk.start] === clauses![hit.start])) return false;
            const releasing = nows.filter(
              (now) => (!recent || isStrongNow(now)) && !(isDebunk(held) && now.end - now.start === 1 && isPlainNow(now)) && releases(now, held, hit, sentences!, clauses!),
            );
            if (releasing.length === 0) return false;
            used.push(...releasing);
          }
          for (const marker of used) by.add(marker);
          return true;
        });
        return { hits: kept, by: [...by], denied: standing.length < holding.length, apart: false };
      };
      let quoted: Uint8Array | undefined;
      let openedAfter: Int32Array | undefined;
      let quotationOf: Int32Array | undefined;
      let fakeQuoted: { called: TermHit[]; test: (hit: TermHit) => boolean; verdicts: TermHit[] } | undefined;
      /** Each quotation: its words, its first word's offset, its text, and (once asked) whether the air war is told apart from it. */
      const quotations: { words: number; first: number; text: string; warApart?: boolean }[] = [];
      const quoteTables = () => {
        if (!quoted) {
          // One pass over the tokens beside the quotations, both in text order; for each quoted token, the word right
          // before its quotation (-1 when none, or when a sentence ends there) and its quotation.
          quoted = new Uint8Array(tokenized.tokens.length);
          openedAfter = new Int32Array(tokenized.tokens.length).fill(-1);
          quotationOf = new Int32Array(tokenized.tokens.length).fill(-1);
          const { tokens } = tokenized;
          let at = 0;
          for (const match of tokenized.text.matchAll(QUOTED_SPAN)) {
            const to = match.index + match[0].length;
            while (at < tokens.length && tokens[at]!.start < match.index) at++;
            const before = at > 0 && tokens[at - 1]!.word !== '' ? at - 1 : -1;
            const quotation = { words: 0, first: -1, text: match[0].toLowerCase() };
            for (; at < tokens.length && tokens[at]!.end <= to; at++) {
              quoted[at] = 1;
              openedAfter[at] = before;
              quotationOf[at] = quotations.length;
              if (tokens[at]!.word === '') continue;
              if (quotation.first < 0) quotation.first = tokens[at]!.start;
              quotation.words++;
            }
            quotations.push(quotation);
          }
        }
        return { quoted, openedAfter: openedAfter!, quotationOf: quotationOf! };
      };
      /** True for a span inside quotation marks («…», “…”, "…"): a caption or a claim quoted, not the writer's now. */
      const inQuotes = (span: TokenSpan): boolean => quoteTables().quoted[span.start] === 1;
      /**
       * A veto said only inside a quoted name: the name of what the update is about, not the thing ("Уламки ракети пошкодили
       * два павільйони на ВДНГ, де проходив «Ракета Фест»").
       */
      const quotedVetoWord = (hit: TermHit): boolean => {
        if (!inQuotes(hit)) return false;
        const quotation = quotations[quoteTables().quotationOf[hit.start]!];
        if (!quotation) return false;
        // A name of two to four words whose later word the veto is, capitalised ("«Ракета Фест»"): not a quoted sentence or
        // title that means what it says ("«Київ не під тривогою», — КМВА", "«Грип атакує Київ»"), nor a figure in scare
        // quotes ("«бомбовий циклон»").
        const at = tokenized.tokens[hit.start]!.start;
        const letter = tokenized.text[at] ?? '';
        if (quotation.words < 2 || quotation.words > QUOTED_NAME_WORDS || quotation.first === at || letter === letter.toLowerCase()) return false;
        // And the update tells of the air war outside the name in words of its own ("Уламки ракети пошкодили павільйони, де
        // проходив «Ракета Фест»"); the festival's own news ("На ВДНГ триває «Ракета Фест»"), or the name's word again ("500
        // drones rose above Kyiv for the "Summer Drone Show""), keeps its veto.
        quotation.warApart ??= termCueGroups.some((group) =>
          hitsOf(group).some((cue) => !inQuotes(cue) && !quotation.text.includes(tokenized.tokens[cue.start]!.word.slice(0, 4))));
        return quotation.warApart;
      };
      /**
       * The alarm words quoted from a message the update calls a scam or a fake, in the sentence that opens the
       * quotation and before it (computed once an update): not an official's words quoted beside a warning about
       * phishing in another sentence or after them.
       */
      /** Whether the update has words that call a message a scam or a fake at all (`quotedAsFake` is worth asking). */
      const namesFakes = () => hitsOf(fakeMessageGroup).length > 0 || hitsOf(fakeVerdictGroup).length > 0;
      /**
       * The words of an editor's or adviser's talk of alerts in general (GENERAL_TALK_WORDS) that set aside an alarm's
       * `hits`: in an update framed as such from its first sentence (asked, opened by "як/чому/why/how…", or its talk word
       * before the alarm's words there), that names no place at all (not even "the city"), says nothing as now, exclaims
       * nothing, and tells none of the hits beside an order ("Чуєте вибухи? Пояснюємо: це працює ППО, залишайтесь в
       * укриттях" is the alarm). None otherwise: "Шахеди на підльоті. Поради: …" reports first.
       */
      let generalTalk: readonly TermHit[] | undefined;
      const talkOfAlertsInGeneral = (hits: readonly TermHit[]): readonly TermHit[] => {
        if (!generalTalk) {
          const said = hitsOf(generalTalkGroup).filter((hit) => !scope.named(hit) && !inQuotes(hit));
          const unnamed = (hit: TermHit) => !scope.named(hit);
          // (Not a city in general: "не в кожному місті окремо", "а ваше місто — ні?", "your city".)
          const aCity = (hit: TermHit) => !GENERIC_DETERMINERS.has(tokenized.tokens[hit.start - 1]?.word ?? '');
          generalTalk =
            said.length === 0 ||
            tokenized.text.includes('!') ||
            // An alert "again" is this one ("Чому знову тривога? Відповідаємо: зліт МіГ-31К").
            tokenized.tokens.some((token) => AGAIN_WORDS.has(token.word)) ||
            placeGroups.flatMap(hitsOf).some(unnamed) ||
            hitsOf(cityWordGroup).some((hit) => unnamed(hit) && aCity(hit)) ||
            [...hitsOf(nowGroup), ...turnHits()].some(unnamed)
              ? NO_HITS
              : said;
        }
        if (generalTalk.length === 0) return NO_HITS;
        // Only the alert, the siren and the shelter as such: not a weapon in the air or air defence at work, which tell of now
        // ("Чуєте вибухи? Пояснюємо: це працює ППО по шахедах").
        const spoken = (hit: TermHit) => tokenized.tokens.slice(hit.start, hit.end).map((token) => token.word).join(' ');
        if (!hits.every((hit) => ALERTS_AS_SUCH.test(spoken(hit)))) return NO_HITS;
        sentences ??= sentenceNumbers(tokenized);
        const firstTalk = generalTalk.find((hit) => sentences![hit.start] === 0);
        const framed =
          GENERAL_QUESTION_OPENERS.has(tokenized.tokens[0]?.word ?? '') ||
          asking().has(0) ||
          (firstTalk !== undefined && hits.every((hit) => sentences![hit.start] !== 0 || hit.start > firstTalk.start));
        if (!framed) return NO_HITS;
        const orders = orderedSentences();
        return hits.some((hit) => orders.has(sentences![hit.start]!)) ? NO_HITS : generalTalk;
      };
      const quotedAsFake = () => {
        if (!fakeQuoted) {
          const calledFake = hitsOf(fakeMessageGroup).filter((hit) => !inQuotes(hit) && !scope.named(hit) && !scope.negated(hit));
          sentences ??= sentenceNumbers(tokenized);
          // The earliest end of a fake word in each sentence.
          const earliest = new Map<number, number>();
          for (const fake of calledFake) {
            const sentence = sentences[fake.start]!;
            earliest.set(sentence, Math.min(earliest.get(sentence) ?? Number.POSITIVE_INFINITY, fake.end - 1));
          }
          const { openedAfter: before, quoted: inQuotation } = quoteTables();
          // A verdict said right after the quotation ("SMS «Повітряна тривога! Знайдіть укриття за посиланням». Це фішинг"):
          // it opens the sentence the quotation ends in or the next one.
          const verdicts = hitsOf(fakeVerdictGroup).filter((hit) => !inQuotes(hit) && !scope.named(hit) && !scope.negated(hit));
          const verdictAfter = (hit: TermHit): TermHit | undefined => {
            if (verdicts.length === 0) return undefined;
            let end = hit.start;
            while (end + 1 < tokenized.tokens.length && inQuotation[end + 1] === 1) end++;
            return verdicts.find(
              (verdict) => verdict.start > end && sentences![verdict.start]! - sentences![end]! <= 1 && opensSentence(tokenized, verdict.start),
            );
          };
          const verdictsUsed: TermHit[] = [];
          fakeQuoted = {
            called: calledFake,
            test: (hit: TermHit) => {
              const at = before[hit.start]!;
              if (at >= 0 && (earliest.get(sentences![at]!) ?? Number.POSITIVE_INFINITY) <= at) return true;
              const verdict = inQuotation[hit.start] === 1 ? verdictAfter(hit) : undefined;
              if (verdict && !verdictsUsed.includes(verdict)) verdictsUsed.push(verdict);
              return verdict !== undefined;
            },
            verdicts: verdictsUsed,
          };
        }
        return fakeQuoted;
      };
      /**
       * The hits said in a sentence with no hold-back, that names a place (`places`) and holds a live alarm (an extreme
       * rule's cue outside a name, a condition, a negation, quotes or a question; `alarms`, else the hits themselves), in
       * an update of DIGEST_SENTENCES sentences or more whose every hold-back stands in a sentence of other news (none of
       * the topic's terms or places, `unrelated`): a digest's sentence about sport or the weather ("…The national
       * football team will play its qualifier in Poland on Thursday", "Вранці очікується ожеледиця на дорогах") does not
       * hold back an alert in Kyiv told in a sentence of its own; a denial ("except Kyiv", "Kyiv is not under alert")
       * or a debunk of the topic's own words still does. Not when a hold-back is a drill, a look-back, an event, a debunk
       * or an all-clear: their releases (`releasedFrom`) decide. Undefined if none.
       */
      const alarmedApartFrom = (
        hits: readonly TermHit[],
        holding: readonly TermHit[],
        places: readonly TermHit[],
        unrelated: (sentence: number) => boolean,
        alarms?: readonly TermHit[],
      ): Released | undefined => {
        if (places.length === 0 || sentenceCount(tokenized) < DIGEST_SENTENCES) return undefined;
        const isKept = overlapsAny([...hitsOf(drillGroup), ...hitsOf(lookBackGroup), ...hitsOf(eventGroup), ...hitsOf(debunkGroup),
          ...allClearGroups.flatMap(hitsOf)]);
        if (holding.some(isKept)) return undefined;
        sentences ??= sentenceNumbers(tokenized);
        const held = new Set(holding.map((hit) => sentences![hit.start]!));
        if (![...held].every(unrelated)) return undefined;
        const asked = asking();
        const placed = new Set(
          places.filter((hit) => !scope.named(hit) && !scope.conditional(hit) && !scope.negated(hit)).map((hit) => sentences![hit.start]!).filter((sentence) => !held.has(sentence) && !asked.has(sentence)),
        );
        if (placed.size === 0) return undefined;
        const alarmed = new Set(
          (alarms ?? hits)
            .filter((hit) => !scope.named(hit) && !scope.conditional(hit) && !scope.negated(hit) && !inQuotes(hit) && placed.has(sentences![hit.start]!))
            .map((hit) => sentences![hit.start]),
        );
        const kept = hits.filter((hit) => alarmed.has(sentences![hit.start]!));
        return kept.length === 0 ? undefined : { hits: kept, by: NO_HITS, denied: false, apart: true };
      };
      /** What released a hit from its hold-backs, for reasons: the now-markers, and whether a hold-back was denied. */
      const releaseText = (released: Released): string =>
        [
          ...(released.by.length > 0 ? [quoteHits(tokenized, released.by)] : []),
          ...(released.denied ? ['denied'] : []),
          ...(released.apart ? ['said apart from it, with its place'] : []),
        ].join(', ');
      /** The hits that have a companion in their sentence. */
      const accompanied = (hits: readonly TermHit[], companions: readonly TermHit[]): TermHit[] => {
        if (hits.length === 0 || companions.length === 0) return [];
        sentences ??= sentenceNumbers(tokenized);
        const inSentence = new Set(companions.map((hit) => sentences![hit.start]));
        return hits.filter((hit) => inSentence.has(sentences![hit.start]!));
      };
      // The places of the sentences that open the post and hold nothing but places: a channel's name and a header
      // ("КМВА" as the title, then "Столиця! Повітряна тривога. Ударні БпЛА з боку Чернігівщини"). Not a place
      // standing alone later on ("…у Житомирі на вул. Київська", "Київ? Поки тихо").
      const heading = (hits: readonly TermHit[], cover: readonly TermHit[]): TermHit[] => {
        if (hits.length === 0) return [];
        sentences ??= sentenceNumbers(tokenized);
        const covered = new Uint8Array(tokenized.tokens.length);
        for (const hit of cover) covered.fill(1, hit.start, hit.end);
        // Every sentence before the one with the first word that is neither a place nor a call to attention
        // ("Увага! Київ! Гучно.").
        const firstMixed = tokenized.tokens.findIndex(
          (token, at) => token.word !== '' && covered[at] === 0 && !ATTENTION_WORDS.has(token.word),
        );
        const last = firstMixed < 0 ? Number.POSITIVE_INFINITY : sentences[firstMixed]! - 1;
        return hits.filter((hit) => sentences![hit.start]! <= last);
      };
      /** Whether a topic has no places to name, or names one of its places or shared places outside a name. */
      const placeHits = (topic: (typeof topics)[number]): TermHit[] => [
        ...live(topic.placesGroup, topic.negativeGroup),
        ...live(topic.sharedPlacesGroup, topic.negativeGroup),
      ];
      const namesItsPlace = (topic: (typeof topics)[number]): boolean => !topic.requiresPlace || placeHits(topic).some((hit) => !scope.named(hit));
      /** Likewise, and outside a conditional ("Imagine a missile heading for Kyiv" names Kyiv only as a supposition). */
      const assertsItsPlace = (topic: (typeof topics)[number]): boolean =>
        !topic.requiresPlace || placeHits(topic).some((hit) => !scope.named(hit) && !scope.conditional(hit));
      const placesOf = new Map<(typeof topics)[number], TermHit[]>();
      /** A matched topic's terms and places, where a later topic's `yields` look for them. */
      const wordsOf = new Map<(typeof topics)[number], TermHit[]>();
      /** Topics a veto excluded ("Тривога по всій Україні, окрім столиці"): no alarm's place brings them back. */
      const excluded = new Set<(typeof topics)[number]>();
      // A topic's vetoes found said apart from a live alarm with its place (alarmedApartFrom): they hold back no alarm of
      // that topic.
      const vetoesApart: { topic: string; hits: readonly TermHit[] }[] = [];
      /** A sentence with none of the topic's terms, places or shared places: other news. */
      const unrelatedTo = (topic: (typeof topics)[number]) => {
        let related: Set<number> | undefined;
        return (sentence: number): boolean => {
          sentences ??= sentenceNumbers(tokenized);
          related ??= new Set(
            [topic.termsGroup, topic.placesGroup, topic.sharedPlacesGroup].flatMap(hitsOf).map((hit) => sentences![hit.start]!),
          );
          return !related.has(sentence);
        };
      };
      for (const [at, topic] of topics.entries()) {
        let written = live(topic.termsGroup, topic.negativeGroup);
        for (const pair of topic.pairGroups) {
          if (hitsOf(pair.terms).length === 0) continue;
          let paired = accompanied(live(pair.terms, topic.negativeGroup), live(pair.with, topic.negativeGroup));
          if (groups[pair.also]!.length > 0) paired = accompanied(paired, live(pair.also, topic.negativeGroup));
          written = [...written, ...paired];
        }
        if (written.length === 0) continue;
        const setAsideHere = (hit: TermHit) => scope.named(hit) || (topic.requiresPlace && scope.conditional(hit));
        let terms = written.filter((hit) => !setAsideHere(hit));
        for (const yielding of yieldsOn ? topic.yieldGroups : []) {
          const yielded = live(yielding.terms, topic.negativeGroup);
          if (yielded.length === 0) continue;
          // The other topics' own words: as decided for those listed before, as named for those after.
          const theirWords = topics.flatMap((other, index) => {
            if (!yielding.to.has(other.summary.id)) return [];
            if (index < at) return wordsOf.get(other) ?? [];
            return live(other.termsGroup, other.negativeGroup).filter((hit) => !scope.named(hit));
          });
          if (theirWords.length === 0) continue;
          if (live(yielding.unless, topic.negativeGroup).some((hit) => !scope.named(hit))) continue;
          // A term yields where it is all a yielding word ("військові", not "військові навчання"), in a sentence with
          // the other topic's own words ("Russia hit Kyiv. Ukrainian forces struck an airfield" keeps troops) and with
          // one of `when` if the entry has them. (A live threat keeps its topics: see `yieldsOn`.)
          sentences ??= sentenceNumbers(tokenized);
          const theirs = new Set(theirWords.map((hit) => sentences![hit.start]));
          const whenHits = groups[yielding.when]!.length > 0 ? live(yielding.when, topic.negativeGroup) : undefined;
          const whenSentences = whenHits && new Set(whenHits.map((hit) => sentences![hit.start]));
          const covering = yielded.filter((hit) => {
            const sentence = sentences![hit.start]!;
            return theirs.has(sentence) && (!whenSentences || whenSentences.has(sentence));
          });
          if (covering.length === 0) continue;
          const isYielded = (hit: TermHit) => covering.some((word) => word.start <= hit.start && hit.end <= word.end);
          const kept = terms.filter((hit) => !isYielded(hit));
          // Told (and counted as taken away) only for a topic that had its place: one with none would not have matched.
          if (kept.length === 0 && terms.length > 0 && namesItsPlace(topic)) {
            yieldedTopics.add(topic.summary.id);
            if (explain) {
              const to = topics.filter((other, index) => yielding.to.has(other.summary.id) && (wordsOf.has(other) || index > at));
              reasons.push(`topic ${topic.summary.id}: ${quoteHits(tokenized, terms)} yields to ${to.map((other) => other.summary.id).join(', ')}`);
            }
          }
          terms = kept;
        }
        if (terms.length === 0 && written.some((hit) => !setAsideHere(hit))) continue;
        // A veto corrected by "not" right before it vetoes nothing: "Not fireworks. Air defence is shooting down drones".
        // Nor a veto inside the topic's negative context, as every other list's match ("Як і рік тому, цієї ночі столицю
        // атакують дрони": a year ago as a comparison, not a look-back).
        const vetoes = live(topic.excludeGroup, topic.negativeGroup).filter((hit) => !deniedVeto(hit) && !quotedVetoWord(hit));
        if (terms.length === 0) {
          if (vetoes.length === 0) aside(written, setAsideHere, `topic ${topic.summary.id}`);
          continue;
        }
        // (Outside the topic's negatives, as its whole-update vetoes: "то не вибухи, а салют на чиємусь весіллі" is Kyiv's debunk.)
        const sentenceVetoes = vetoes.length === 0 ? live(topic.excludeInSentenceGroup, topic.negativeGroup).filter((hit) => !deniedVeto(hit)) : NO_HITS;
        if (sentenceVetoes.length > 0) {
          // Vetoes of their own sentences (`excludeInSentence`): the terms of a sentence without one that reports a
          // live threat (an extreme rule's cue) still count ("У Києві оголошено тривогу. Адреси укриттів — у
          // застосунку"), and so do those of a clause without one that reports it, in a sentence with one that also
          // orders or says now outside the veto's clause ("У Києві тривога, ворог атакує балістикою, укриття працюють
          // цілодобово — негайно прямуйте до них"; not "У Києві діють графіки відключень, бо ворог атакує енергетику").
          sentences ??= sentenceNumbers(tokenized);
          clauses ??= clauseNumbers(tokenized);
          const vetoed = new Set(sentenceVetoes.map((hit) => sentences![hit.start]));
          const vetoedClauses = new Set(sentenceVetoes.map((hit) => clauses![hit.start]));
          // Not an alarm quoted from a message the update calls a scam or a fake (`quotedAsFake`).
          const fakes = namesFakes();
          const alarms = extremeRules.flatMap((rule) =>
            live(rule.termsGroup, rule.negativeGroup).filter(
              (hit) => !scope.named(hit) && !scope.conditional(hit) && !scope.negated(hit) && !(fakes && quotedAsFake().test(hit)),
            ),
          );
          const alarmed = new Set(alarms.map((hit) => sentences![hit.start]));
          const alarmedClauses = new Set(alarms.map((hit) => clauses![hit.start]));
          const urged = new Set([
            ...hitsOf(nowGroup).filter((hit) => !scope.named(hit) && !vetoedClauses.has(clauses![hit.start]!)).map((hit) => sentences![hit.start]!),
            ...tokenized.tokens.flatMap((token, at) =>
              vetoed.has(sentences![at]!) && !vetoedClauses.has(clauses![at]!) && isImperative(token.word) ? [sentences![at]!] : []),
          ]);
          // Or, with no such word, in a clause told before every veto of its sentence: the alert first, then the
          // guidance ("Air raid alert in Kyiv: missiles are heading for the city, metro stations are open around the
          // clock"; not "діють графіки відключень, бо ворог атакує енергетику").
          const firstVeto = new Map<number, number>();
          for (const hit of sentenceVetoes) {
            const sentence = sentences[hit.start]!;
            firstVeto.set(sentence, Math.min(firstVeto.get(sentence) ?? Number.POSITIVE_INFINITY, clauses[hit.start]!));
          }
          const apart = terms.filter((hit) => {
            const sentence = sentences![hit.start]!;
            if (!vetoed.has(sentence)) return alarmed.has(sentence);
            const clause = clauses![hit.start]!;
            return (urged.has(sentence) || clause < firstVeto.get(sentence)!) && !vetoedClauses.has(clause) && alarmedClauses.has(clause);
          });
          if (apart.length === 0) {
            if (explain) reasons.push(`topic ${topic.summary.id}: excluded by ${quoteHits(tokenized, sentenceVetoes)}`);
            excluded.add(topic);
            continue;
          }
          terms = apart;
          if (explain) reasons.push(`topic ${topic.summary.id}: not excluded by ${quoteHits(tokenized, sentenceVetoes)}: a live threat said apart from it`);
        }
        if (vetoes.length > 0) {
          // A place-bound topic's veto in another sentence or clause does not outweigh a cue said to happen now.
          const topicPlaces = topic.requiresPlace ? live(topic.placesGroup, topic.negativeGroup).filter((hit) => !scope.named(hit)) : NO_HITS;
          let released = topic.requiresPlace ? releasedFrom(terms, vetoes, topicPlaces) : undefined;
          if (released && released.hits.length === 0) {
            const alarms = extremeRules.flatMap((rule) => live(rule.termsGroup, rule.negativeGroup));
            const apart = alarmedApartFrom(terms, vetoes, topicPlaces, unrelatedTo(topic), alarms);
            if (apart) {
              released = apart;
              vetoesApart.push({ topic: topic.summary.id, hits: vetoes });
            }
          }
          if (!released || released.hits.length === 0) {
            if (explain) reasons.push(`topic ${topic.summary.id}: excluded by ${quoteHits(tokenized, vetoes)}`);
            excluded.add(topic);
            continue;
          }
          // Only the released terms count on (for places and reasons): not those of the look-back's own sentence.
          terms = released.hits;
          if (explain) reasons.push(`topic ${topic.summary.id}: not excluded by ${quoteHits(tokenized, vetoes)}: ${releaseText(released)}`);
        }
        let places: TermHit[] = [];
        if (topic.requiresPlace) {
          // Another place named: a shared name (its Shevchenkivskyi district) is not the topic's place, nor is a place
          // the update denies ("alert in Kharkiv; no alert in Kyiv", clarification 2). Alone, a denied place is the
          // place where nothing happened (clarification 5).
          // A place inside one of the topic's own names is not elsewhere: Kyiv's "Харківський масив" is not Kharkiv.
          const ownPlace = overlapsAny(live(topic.placesGroup, topic.negativeGroup));
          const elsewhereHits = live(topic.elsewhereGroup, topic.negativeGroup).filter((hit) => !ownPlace(hit));
          const elsewhere = elsewhereHits.length > 0;
          // A place a threat only comes from is not where it is: the post's shared names (КМВА, Кличко, лівий берег)
          // still name the topic's place ("КМВА: ракети з боку Брянська, всі в укриття"), though its place still
          // counts only in a sentence that reports on it (below).
          const origins = new Set(hitsOf(originGroup).map((hit) => hit.end));
          const targetElsewhere = elsewhereHits.some((hit) => !origins.has(hit.start));
          places = live(topic.placesGroup, topic.negativeGroup).filter((hit) => !scope.named(hit) && !(elsewhere && scope.negated(hit)));
          if (!targetElsewhere && hitsOf(topic.sharedPlacesGroup).length > 0) {
            places = [...places, ...live(topic.sharedPlacesGroup, topic.negativeGroup).filter((hit) => !scope.named(hit))];
          }
          // With another city named, the topic's place counts only in a sentence that reports on it (a term it does
          // not deny, nor a negative phrase such as "no alert"): "Kharkiv was hit; Kyiv's mayor sent condolences",
          // "У Дніпрі вибухи. Київ — без тривоги", "Explosions in Kharkiv; in Kyiv there is no alert".
          // A place that heads the post, as its own sentence, is what all the post is about (heading above).
          // Where every term denies (nothing happened anywhere: "Ніч у Полтаві та Києві минула без повітряних тривог"),
          // the places all share the quiet night (clarification 5).
          const reported = terms.filter((hit) => !scope.denying(hit));
          if (elsewhere && reported.length > 0) {
            const heads = heading(places, [...places, ...live(topic.sharedPlacesGroup, topic.negativeGroup)]);
            places = [...heads, ...accompanied(places, reported)];
          }
        }
        if (topic.requiresPlace && places.length === 0) continue;
        matched.push(topic);
        wordsOf.set(topic, [...terms, ...places]);
        if (places.length > 0) placesOf.set(topic, places);
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
      // Read again under the topics the learned topic check settled on (below).
      if (asTopics) chosen = topics.filter((topic) => asTopics.includes(topic.summary.id));
      const chosenIds = chosen.map((topic) => topic.summary.id);
      // Where the chosen topics' places were named: an event's hold-back lifts only from an alarm in a sentence with one.
      // The fallback topic has no place of its own: another city's name or "the city" is where its alarm is ("Фестиваль у
      // Львові призупинено: у місті оголошено повітряну тривогу").
      const chosenPlaces = chosen.every((topic) => topic === fallback)
        ? [...boundTopics.flatMap((topic) => hitsOf(topic.elsewhereGroup)), ...hitsOf(cityWordGroup)]
        : chosen.flatMap((topic) => placesOf.get(topic) ?? []);

      // CAP: take the highest severity any rule gives; the topics' defaults only when no rule fires.
      let severity: Severity = 'unknown';
      let words: number | undefined;
      let severityReason: string | undefined;
      let decidedBy = 'none';
      // The rules, then (when none fired) the default rules, then the topics' defaults.
      for (const rule of ruleOrder) {
        if (rule.isDefault && severityReason !== undefined) break;
        if (severityReason !== undefined && severityRank(rule.severity) <= severityRank(severity)) continue;
        if (rule.topics && !chosenIds.some((id) => rule.topics!.has(id))) continue;
        if (rule.maxWords !== undefined && (words ??= wordCount(tokenized, signatureAt)) > rule.maxWords) continue;
        const written = live(rule.termsGroup, rule.negativeGroup);
        if (written.length === 0) continue;
        let hits = written.filter((hit) => !scope.named(hit));
        if (rule.within === 'conditional') hits = hits.filter(scope.conditional);
        else if (rule.within === 'negation') hits = hits.filter(scope.negated);
        else if (rule.alarm) {
          const before = hits;
          hits = hits.filter((hit) => !scope.conditional(hit) && !scope.negated(hit));
          // Told even when the rule's `unless` would also stop it: the scope is what the words themselves say.
          if (hits.length === 0 && before.length > 0) {
            aside(before, (hit) => scope.conditional(hit) || scope.negated(hit), rule.name, severityRank(rule.severity));
          }
        }
        if (rule.alarm && hits.length > 0 && namesFakes()) {
          // A message quoted as a scam or a fake ("шахраї розсилають SMS «Ракетна небезпека! Перейдіть за
          // посиланням»"): its alarm words report nothing.
          const fake = quotedAsFake();
          const quotedHits = hits.filter(fake.test);
          if (quotedHits.length > 0) {
            const setAsideNow = new Set(quotedHits);
            hits = hits.filter((hit) => !setAsideNow.has(hit));
            if (explain) {
              const calledBy = [...fake.called, ...fake.verdicts].sort((a, b) => a.start - b.start);
              reasons.push(`quoted in a message called ${quoteHits(tokenized, calledBy)} — sets aside ${rule.name} ${quoteHits(tokenized, quotedHits)}`);
            }
          }
        }
        const talk = rule.alarm && rule.severity === 'extreme' && hits.length > 0 ? talkOfAlertsInGeneral(hits) : NO_HITS;
        if (talk.length > 0) {
          if (explain) reasons.push(`talk of alerts in general ${quoteHits(tokenized, talk)}, no place named and nothing said as now — sets aside ${rule.name} ${quoteHits(tokenized, hits)}`);
          continue;
        }
        if (hits.length === 0) continue;
        // (A hold-back that is also a place-bound topic's veto, which a question names and the answer denies, holds nothing
        // back, as the veto itself: "Феєрверк? Ні, це ППО працює над Оболонню"; not a test or a drill, which only a real alarm's
        // words lift: "Це був тест? Ні. Сирена спрацювала через збій".)
        // (Nor one said only inside a quoted name: "«Феєрверк» над Оболонню — це ППО працює по шахедах".)
        const unless = heldOfThisPlace(live(rule.unlessGroup, rule.negativeGroup).filter((hit) => !((answeredNo(hit) || quotedVetoWord(hit)) && isTopicVeto(hit))), hits,
          chosenPlaces, true);
        let releasedNow: Released | undefined;
        if (unless.length > 0) {
          // An alarm said to happen now is not held back by what another sentence or clause says (a look-back, a
          // debunk of yesterday's report, a drill): see `releases`.
          if (!rule.alarm) continue;
          let released = releasedFrom(hits, unless, chosenPlaces);
          // Held only by what the sentences of a topic's vetoes said apart from it say (a digest's sport or weather, and
          // its day: "The national football team will play its qualifier in Poland on Thursday"): released likewise.
          const apartOf = vetoesApart.filter(({ topic }) => chosenIds.includes(topic) && (!rule.topics || rule.topics.has(topic)));
          if (released.hits.length === 0 && rule.severity === 'extreme' && apartOf.length > 0) {
            const vetoedApart = new Set(apartOf.flatMap(({ hits: vetoHits }) => vetoHits.map((hit) => sentences![hit.start]!)));
            if (unless.every((hit) => vetoedApart.has(sentences![hit.start]!))) released = alarmedApartFrom(hits, unless, chosenPlaces, (sentence) => vetoedApart.has(sentence)) ?? released;
          }
          if (released.hits.length === 0) continue;
          hits = released.hits;
          releasedNow = released;
        }
        let heldUntilContrast = live(rule.unlessUntilContrastGroup, rule.negativeGroup);
        if (heldUntilContrast.length > 0) {
          // What a sentence says after a contrast is not held back by what it said before it: "All clear in Lviv, but
          // missiles are heading for Kyiv", "Russia denied the strike, but the school was damaged".
          contrasts ??= nextContrasts(tokenized);
          sentences ??= sentenceNumbers(tokenized);
          // Nor by what another sentence says of another place: "Група крилатих ракет курсом на Київ! В Одесі — відбій",
          // "Шахеди з Чернігівщини: там уже відбій, а в нас тільки почалось".
          heldUntilContrast = heldOfThisPlace(heldUntilContrast, hits, chosenPlaces);
          hits = hits.filter((hit) => heldUntilContrast.every((held) => releasedBy(contrasts!, sentences!, held, hit)));
          if (hits.length === 0) continue;
        }
        // Held back in their own sentence or clause only ("Experts explained why the threat grew"; "residents had
        // gone down to the shelter"), not across it.
        const heldInSentence = heldBack(rule.unlessInSentenceGroup, rule.negativeGroup);
        if (heldInSentence.length > 0) {
          sentences ??= sentenceNumbers(tokenized);
          hits = outside(hits, heldInSentence, sentences);
        }
        // Held unless said after every holding term: in a later sentence, or after a contrast in its sentence ("Для
        // Київщини — відбій. У Києві тривога триває", "У Львові відбій, а в Києві тривога триває"; not "Тривога
        // триває. UPD: відбій").
        const heldUntilAfter = heldBack(rule.unlessUntilSaidAfterGroup, rule.negativeGroup);
        if (heldUntilAfter.length > 0) {
          contrasts ??= nextContrasts(tokenized);
          sentences ??= sentenceNumbers(tokenized);
          // Only the last sentence that holds matters: a hit after it is free, one before it held, and one in it free
          // only past a contrast after each holding term there.
          const last = heldUntilAfter.reduce((at, held) => Math.max(at, sentences![held.start]!), 0);
          const heldInLast = heldUntilAfter.filter((held) => sentences![held.start] === last);
          hits = hits.filter((hit) => {
            const sentence = sentences![hit.start]!;
            return sentence > last || (sentence === last && heldInLast.every((held) => releasedBy(contrasts!, sentences!, held, hit)));
          });
        }
        const heldInClause = heldBack(rule.unlessInClauseGroup, rule.negativeGroup);
        if (heldInClause.length > 0) {
          conjunctionClauses ??= clauseNumbers(tokenized, { atConjunctions: true });
          hits = outside(hits, heldInClause, conjunctionClauses);
        }
        if (hits.length === 0) continue;
        if (hits.length > 0 && groups[rule.withGroup]!.length > 0) {
          const companions = live(rule.withGroup, rule.negativeGroup).filter((hit) => !scope.named(hit));
          // A denied companion denies an alarm in its clause: "No drones are heading for Kyiv at the moment",
          // "Наразі жодні дрони не летять" (but "No drones over Kyiv: the group is heading for Sumy" still fires).
          if (rule.alarm && companions.some(scope.negated)) {
            clauses ??= clauseNumbers(tokenized);
            const denied = new Set(companions.filter(scope.negated).map((hit) => clauses![hit.start]));
            const affirmed = new Set(companions.filter((hit) => !scope.negated(hit)).map((hit) => clauses![hit.start]));
            hits = hits.filter((hit) => !denied.has(clauses![hit.start]) || affirmed.has(clauses![hit.start]));
          }
          // A terse post (a rule with maxWords, which it passed) is one message however it is punctuated: "KYIV!!!
          // BALLISTICS!!! SHELTER!!!", "Київ. Балістична загроза!" have their place in another "sentence".
          hits = rule.maxWords !== undefined ? (companions.length > 0 ? hits : []) : accompanied(hits, companions);
        }
        if (hits.length === 0) continue;
        // A terse post's rule reads a post made of its words alone: every word one of its terms or companions (or a
        // number, a time): "Бровари — шахеди", not "Kyiv receives Patriot missiles".
        if (rule.maxWords !== undefined && !coveredBy(tokenized, [...written, ...hitsOf(rule.withGroup), ...hitsOf(rule.fillersGroup)], signatureAt)) continue;
        severity = rule.severity;
        decidedBy = rule.name;
        alarmDecided = rule.alarm && rule.severity === 'extreme';
        decidingHits = hits;
        terseDecided = rule.maxWords !== undefined;
        const nowText = releasedNow ? ` (${releaseText(releasedNow)}, whatever ${quoteHits(tokenized, unless)} says)` : '';
        severityReason = explain ? `severity ${severity}: ${rule.name} ${quoteHits(tokenized, hits)}${nowText}` : '';
      }
      /** Whether a topic's default gave the severity (no rule fired). */
      let defaultDecided = false;
      if (severityReason === undefined) {
        let from: CompiledTopic | undefined;
        for (const topic of chosen) {
          if (!from || severityRank(topic.defaultSeverity) > severityRank(from.defaultSeverity)) from = topic;
        }
        if (from) {
          defaultDecided = true;
          severity = from.defaultSeverity;
          decidedBy = `default of topic ${from.summary.id}`;
          severityReason = explain ? `severity ${severity}: default of topic ${from.summary.id}` : '';
        }
      }
      // The learned check's second opinion: a lower severity, told after the rule it overrules.
      // The learned checks read the post's own words: they were trained on updates that have no source, and a channel's
      // name must not move a severity ("Відбій тривоги. Уламки … горять кілька автомобілів" is severe whoever posts it).
      const ownWords = signatureAt === tokenized.tokens.length ? tokenized : { text: tokenized.text, tokens: tokenized.tokens.slice(0, signatureAt) };
      // The sentences of a severe rule's words, for the check to read alone before it lowers it (severity-check.ts); in a
      // digest, the sentences of the topics' own words when a topic's default decided (`defaultEvidence`).
      const severeDecided = severity === 'severe' && decidingHits.length > 0;
      /** A chosen topic's own terms in the post's words (not its places, not the signature's). */
      const ownTermsOf = (topic: CompiledTopic): TermHit[] => {
        const itsPlaces = new Set(placesOf.get(topic));
        return (wordsOf.get(topic) ?? NO_HITS).filter((hit) => hit.start < signatureAt && !itsPlaces.has(hit));
      };
      const decision = {
        tokenized: ownWords,
        decidedBy,
        severity,
        topics: chosenIds,
        alarm: alarmDecided && severityCheck ? alarmSentences(ownWords, decidingHits, hitsOf(nowGroup)) : undefined,
        evidence: severeDecided ? () => sentencesHolding(ownWords, decidingHits) : undefined,
        defaultEvidence: defaultDecided ? () => (isDigest(ownWords, update.title) ? sentencesHolding(ownWords, chosen.flatMap(ownTermsOf)) : undefined) : undefined,
        topicEvidence: topicCheck
          ? (id: string) => {
              if (!isDigest(ownWords, update.title)) return undefined;
              const topic = chosen.find((candidate) => candidate.summary.id === id);
              // Two of its own terms at least, in the post's words ("Генштаб … новобранців"; not a lone "напрямком",
              // nor a term and a place).
              const terms = topic ? ownTermsOf(topic) : NO_HITS;
              return new Set(terms.map((hit) => hit.term)).size >= 2 ? sentencesHolding(ownWords, terms) : undefined;
            }
          : undefined,
      };
      let reviewed = severityCheck?.review(decision, explain);
      // Never "nothing war-related" for an update the built-in `statement` rule decided and that names a look-back ("A
      // year ago today. 4 a.m. Sirens sound across Kyiv…" is minor by clarification 6): the check's opinion is not
      // taken, and the rule's reason stands alone. (With a topics file there is no check.)
      if (reviewed?.severity === 'unknown' && decidedBy === 'statement') {
        const isDebunk = overlapsAny(hitsOf(debunkGroup));
        if (hitsOf(lookBackGroup).some((hit) => !isDebunk(hit) && !scope.named(hit))) reviewed = undefined;
      }
      // Never severe over a result the rules read as moderate when the words deny the damage (DAMAGE_DENIED): "Після нічної
      // атаки уламки ракети знайшли на полі за Бориспілем. Руйнувань і постраждалих немає" had no impact, whatever the
      // check's bag of words (debris, a night's attack) says.
      // Not a denial of part of it ("вибила вікна у двох будинках; інших руйнувань немає", "руйнувань немає в сусідніх будинках",
      // "без наслідків для людей"): other damage is told, and the check may read it.
      if (reviewed?.severity === 'severe' && severity === 'moderate' && hitsOf(damageDeniedGroup).some((hit) => !scope.named(hit) && !scope.conditional(hit) && !partialDenial(tokenized, hit))) {
        reviewed = undefined;
      }
      if (explain) {
        // A cue set aside is told when it would have decided: a topic it would have added, a severity above the one given.
        for (const { rank, scope: where, what, hits } of setAside.values()) {
          if (rank > severityRank(reviewed?.severity ?? severity)) reasons.push(`${where} — sets aside ${what} ${quoteHits(tokenized, hits)}`);
        }
        if (severityReason !== undefined) reasons.push(severityReason);
        if (reviewed) reasons.push(reviewed.reason);
      }
      if (reviewed) severity = reviewed.severity;
      if (update.severity && severityRank(update.severity) > severityRank(severity)) {
        if (explain) reasons.push(`severity ${update.severity}: publisher hint (classified ${severity})`);
        severity = update.severity;
      }
      if (liftedByEvent && !alarmDecided) return classifier.classify(update, options, false, yieldsOn);
      // A live threat keeps its place's topic: if yields took a place-bound topic away from an update that is extreme
      // without them, it is classified as without them ("Interceptor drones delivered last week are in the air over
      // Kyiv right now"). A topic of no place (troops) that yields stays away.
      if (topics.some((topic) => topic.requiresPlace && yieldedTopics.has(topic.summary.id))) {
        const unyielded = classifier.classify(update, options, eventsLift, false);
        if (unyielded.severity === 'extreme') return unyielded;
      }
      // Not war news, by the learned check (severity unknown, LABELLING.md clarifications 3 and 13): the topic is the
      // fallback's, whatever words of war matched ("Ціни на каву в Києві вибухнули"), unless the publisher named one or
      // the update names an attack or its aftermath by words used of nothing else (WAR_EVIDENCE: "після падіння
      // уламків").
      if (
        severity === 'unknown' &&
        reviewed?.severity === 'unknown' &&
        reviewed.p >= NOT_WAR_NEWS_P &&
        !hitsOf(warEvidenceGroup).some((hit) => !scope.named(hit)) &&
        fallback &&
        !chosenIds.includes(FALLBACK_TOPIC) &&
        !(update.topics ?? []).some((hint) => topicIds.has(hint))
      ) {
        if (explain) reasons.push(`topic ${FALLBACK_TOPIC}: no war news by the learned check (p ${reviewed.p.toFixed(2)}), not ${chosenIds.join(', ')}`);
        return { topics: [FALLBACK_TOPIC], severity, reasons };
      }
      // A live threat said outright to be happening now in an update of statements (a topic whose default is at most
      // minor, as diplomacy's: "Sybiha: Russian missiles are heading for Lviv as we speak"), or of other news in a
      // sentence apart from its words: the live rules read only their own topics' updates, so the update is read again
      // as if it were also the fallback's, and that reading stands if it is extreme (the topics stay the words'). Only
      // with a word that says now outright ("right now", "as we speak", "просто зараз"), not a bare "now"; not a front's
      // news in its own words ("right now the enemy is attacking near Pokrovsk": troops, whose default is higher).
      // (Not in a sentence that talks of the threat: "Прямо зараз Сибіга говорить з Рубіо про ракети для ППО".)
      // Only in an update of at most MAX_REREAD_TOKENS words and breaks: the second reading costs a whole classification
      // (a 20,000-character digest is read once).
      const readable = !asTopics && severity !== 'extreme' && fallback && chosen.length > 0 &&
        tokenized.tokens.length <= MAX_REREAD_TOKENS && chosen.every((topic) => topic !== fallback && !topic.requiresPlace);
      const unnamed = (hit: TermHit) => !scope.named(hit);
      let saidNow = readable ? hitsOf(strongNowGroup).filter(unnamed) : NO_HITS;
      if (saidNow.length > 0 && hitsOf(talkGroup).length > 0) {
        sentences ??= sentenceNumbers(tokenized);
        const talking = new Set(hitsOf(talkGroup).map((talk) => sentences![talk.start]));
        saidNow = saidNow.filter((hit) => !talking.has(sentences![hit.start]!));
      }
      const turnedNow = readable ? turnHits().filter(unnamed) : NO_HITS;
      const apartFromTopics = () => {
        // A sentence of its own, apart from the topics' words ("Russian troops pressed near Pokrovsk overnight, the General
        // Staff said. Meanwhile Kramatorsk is being shelled right now", "Київ і Бухарест підписали меморандум… Тим часом у
        // Запоріжжі оголошено тривогу"): there a word that turns the post to now will do.
        sentences ??= sentenceNumbers(tokenized);
        const topical = new Set(chosen.flatMap((topic) => hitsOf(topic.termsGroup).map((hit) => sentences![hit.start])));
        return [...saidNow, ...turnedNow].some((hit) => !topical.has(sentences![hit.start]!));
      };
      if (
        (saidNow.length > 0 || turnedNow.length > 0) &&
        ((saidNow.length > 0 && chosen.every((topic) => severityRank(topic.defaultSeverity) <= severityRank('minor'))) || apartFromTopics())
      ) {
        const again = classifier.classify(update, options, eventsLift, yieldsOn, [...chosenIds, FALLBACK_TOPIC]);
        if (again.severity === 'extreme') {
          const placed = again.topics.filter((id) => id !== FALLBACK_TOPIC);
          const said = quoteHits(tokenized, saidNow.length > 0 ? saidNow : turnedNow);
          return {
            topics: placed.length > 0 ? placed : chosenIds,
            severity: again.severity,
            reasons: explain ? [...again.reasons, `severity extreme: a live threat said to be now (${said}) read as the ${FALLBACK_TOPIC} topic's would be`] : [],
          };
        }
      }
      // The learned topic check's second opinion, last: never on an extreme alert, nor over topics the publisher named.
      const retopiced =
        topicCheck && !(update.topics ?? []).some((hint) => topicIds.has(hint))
          ? topicCheck.review(
              decision,
              { finalSeverity: severity, fallback: FALLBACK_TOPIC, unplaced: topics.filter((topic) => !assertsItsPlace(topic)).map((topic) => topic.summary.id) },
              explain,
            )
          : undefined;
      if (retopiced) {
        // A live threat the rules did not read under the topics the words matched ("Бригада «Азов» повідомила про
        // просування; водночас у Дніпрі зараз тривога — на місто летять ракети": troops, whose updates the live rules
        // do not read) is read again under the topics the check settled on, when what it added is the fallback or a
        // place-bound topic whose place the words name ("Kyiv: Patriot working, several launches seen from Osokorky");
        // that reading stands only if it is extreme (or severe under the fallback alone, below). Not for a topic whose
        // place the words do not name.
        const added = retopiced.topics.filter((id) => !chosenIds.includes(id));
        const readable = (id: string) => {
          if (id === FALLBACK_TOPIC) return true;
          const topic = topics.find((candidate) => candidate.summary.id === id);
          return topic !== undefined && topic.requiresPlace && assertsItsPlace(topic);
        };
        if (!asTopics && severity !== 'extreme' && added.length > 0 && added.every(readable)) {
          const again = classifier.classify(update, options, eventsLift, yieldsOn, retopiced.topics);
          // Or, under the fallback alone (whose default is unknown, so only a rule says it), severe above what the rules
          // said under the topics the check took away: impact told beside a weapon's name that made it troops' news
          // ("противник випустив чотири ракети «Іскандер-М» по Дніпропетровщині … зафіксовано влучання в Дніпрі").
          const severeUnderFallback =
            again.severity === 'severe' && severityRank(severity) < severityRank('severe') && retopiced.topics.every((id) => id === FALLBACK_TOPIC);
          if (again.severity === 'extreme' || severeUnderFallback) {
            return { topics: again.topics, severity: again.severity, reasons: explain ? [...again.reasons, ...retopiced.reasons] : again.reasons };
          }
        }
        if (explain) reasons.push(...retopiced.reasons);
        return { topics: retopiced.topics, severity, reasons };
      }
      // A terse alarm over a place of a place-bound topic whose words it lacks ("Бровари — швидкісна": Kyiv oblast's
      // town, and a fast target no topic rule names) is that topic's: the post is about nothing but its place.
      if (severity === 'extreme' && alarmDecided && terseDecided && chosenIds.length === 1 && chosenIds[0] === FALLBACK_TOPIC && !(update.topics ?? []).length) {
        const placed = topics.filter((topic) => topic.requiresPlace && assertsItsPlace(topic));
        if (placed.length > 0) {
          if (explain) {
            for (const topic of placed) reasons.push(`topic ${topic.summary.id}: a terse alarm over its place ${quoteHits(tokenized, placeHits(topic).filter((hit) => !scope.named(hit)))}`);
          }
          return { topics: placed.map((topic) => topic.summary.id), severity, reasons };
        }
      }
      // Likewise a live alarm told in a sentence that names such a place, in an update that names no other city ("AD over
      // Irpin and Bucha at the moment, alert still on", "Мопеди з боку Броварів тягнуться на лівий берег столиці"): the
      // alarm is that place's, and its topic's subscribers must hear of it. Not with another city named anywhere ("Drones over Kharkiv; Kyiv is
      // calm"), nor a place set apart from the alarm by a contrast or an exception ("Тривога по всій Україні, окрім
      // столиці").
      if (severity === 'extreme' && alarmDecided && !terseDecided && chosenIds.length === 1 && chosenIds[0] === FALLBACK_TOPIC && !(update.topics ?? []).length) {
        sentences ??= sentenceNumbers(tokenized);
        contrasts ??= nextContrasts(tokenized);
        const together = (place: TermHit) =>
          decidingHits.some((alarm) => {
            if (sentences![alarm.start] !== sentences![place.start]) return false;
            const [first, second] = alarm.start <= place.start ? [alarm, place] : [place, alarm];
            return !releasedBy(contrasts!, sentences!, first, second);
          });
        // Or a place that leads the post before a dash or a colon ("Kyiv — get to the corridor, now. Two more
        // launches."): what the whole post is about. Not a dateline ("KYIV, March 3 (Reuters) -").
        const firstWord = tokenized.tokens.findIndex((token) => token.word !== '');
        const leads = (place: TermHit) =>
          place.start === firstWord && /^\s*[—–:-]/u.test(tokenized.text.slice(tokenized.tokens[place.end - 1]!.end));
        const placed = topics.flatMap((topic) => {
          if (!topic.requiresPlace || excluded.has(topic) || live(topic.elsewhereGroup, topic.negativeGroup).length > 0) return [];
          const where = placeHits(topic).filter(
            (hit) => !scope.named(hit) && !scope.conditional(hit) && !scope.negated(hit) && (together(hit) || leads(hit)),
          );
          return where.length > 0 ? [{ topic, where }] : [];
        });
        if (placed.length > 0) {
          if (explain) for (const { topic, where } of placed) reasons.push(`topic ${topic.summary.id}: a live alarm over its place ${quoteHits(tokenized, where)}`);
          return { topics: placed.map(({ topic }) => topic.summary.id), severity, reasons };
        }
      }
      return { topics: chosenIds.length > 0 ? chosenIds : [FALLBACK_TOPIC], severity, reasons };
    },
  };
  return classifier;
}

/** Words of a condition or a standing rule in a sentence: "у разі тривоги", "за правилами", "якщо", "in case of", "whenever". */
const RULE_OR_CONDITION_WORDS = new Set(['якщо', 'разі', 'правилами', 'правилам', 'if', 'case', 'whenever', 'rules']);

/** Words that tell an alert or a siren again, which is then this one. */
const AGAIN_WORDS = new Set(['знову', 'again', 'вдруге', 'втретє']);

/** An alarm's words that name only the alert, the siren or the shelter ("повітряну тривогу", "в укриття", "sirens"). */
const ALERTS_AS_SUCH =
  /^(?:(?:повітрян\S*|тривог\S*|сирен\S*|укритт\S*|сховищ\S*|в|у|до|найближч\S*|безпечн\S*|місц\S*|правил\S*|двох|стін|air|raid|air-raid|alerts?|sirens?|shelters?|the|to|a|nearest)(?:\s+|$))+$/u;

/** The words that open a question of how or why ("Як оголошують тривогу", "Why your street siren sounds after the app does"). */
const GENERAL_QUESTION_OPENERS = new Set(['як', 'чому', 'чи', 'що', 'навіщо', 'скільки', 'how', 'why', 'what', 'can', 'should', 'is', 'are', 'do', 'does']);

/** Words before "the city" that make it any city: "в кожному місті", "ваше місто", "your city". */
const GENERIC_DETERMINERS = new Set(['кожному', 'кожне', 'кожен', 'кожного', 'будь-якому', 'будь-яке', 'ваше', 'вашому', 'вашого', 'вашим',
  'своєму', 'своє', 'твоєму', 'твоє', 'your', 'every', 'each', 'any']);

/** Finds the update's scopes (when it has markers or cues at all) and the tests of a hit against them. */
function scopeTests(
  tokenized: TokenizedText,
  hitsOf: (group: number) => readonly TermHit[],
  scopeBase: number,
  groupCount: number,
  cueGroups: readonly number[],
  placeGroups: readonly number[],
): ScopeTests {
  const cues: TermHit[] = [];
  for (const group of cueGroups) cues.push(...hitsOf(group));
  if (cues.length === 0) return NO_SCOPES;
  const markers: TermHit[] = [];
  for (let group = scopeBase; group < groupCount; group++) {
    for (const hit of hitsOf(group)) markers.push({ ...hit, group: group - scopeBase });
  }
  markers.sort((a, b) => a.start - b.start || a.end - b.end);
  const places: TermHit[] = [];
  for (const group of placeGroups) places.push(...hitsOf(group));
  const scopes = findCueScopes(tokenized, markers, cues, places);
  if (scopes.length === 0) return NO_SCOPES;
  const ofKind = (...kinds: string[]) => scopes.filter((scope) => kinds.includes(scope.kind));
  const negations = ofKind('negation');
  const named = overlapsAny(ofKind('name', 'figurative'));
  const conditional = overlapsAny(ofKind('conditional'));
  const inNegation = overlapsAny(negations);
  const negator = overlapsAny(negations.map((scope) => scope.marker!));
  return { named, conditional, negated: (hit) => inNegation(hit) && !negator(hit), denying: inNegation, scopes };
}

/** For each token, the first contrast word at or after it in its sentence, or -1. */
function nextContrasts(tokenized: TokenizedText): Int32Array {
  const { tokens } = tokenized;
  const next = new Int32Array(tokens.length + 1).fill(-1);
  for (let at = tokens.length - 1; at >= 0; at--) {
    const word = tokens[at]!.word;
    next[at] = word === '' ? -1 : turnAt(tokens, at) !== undefined ? at : next[at + 1]!;
  }
  return next;
}

/** True when a contrast word stands between a holding hit and a later hit of its sentence. */
function releasedBy(next: Int32Array, sentences: Int32Array, held: TokenSpan, hit: TokenSpan): boolean {
  const contrast = next[held.end] ?? -1;
  return contrast >= 0 && contrast < hit.start && sentences[contrast] === sentences[hit.start];
}

/** The hits in no stretch (sentence or clause, by `numbers`) that one of `holding` is in. */
function outside(hits: TermHit[], holding: readonly TermHit[], numbers: Int32Array): TermHit[] {
  const held = new Set(holding.map((hit) => numbers[hit.start]));
  return hits.filter((hit) => !held.has(numbers[hit.start]!));
}

/**
 * True when the update says what a hold-back names is not what is happening: "This is not the noon siren test", "it is
 * not a drill" ("this/it/that is not", an article, at most one word, then the hold-back), "це не навчання", "зараз — не
 * спогади" ("це/то/зараз не" right before it). Not a denied verb before it ("трамваї не зупинятимуться під час
 * тривог"), nor "not only during alerts", "це не просто перевірка".
 */
function deniedByName(tokenized: TokenizedText, held: TokenSpan): boolean {
  const word = (at: number) => tokenized.tokens[at]?.word ?? '';
  for (const skip of [0, 1]) {
    let at = held.start - 1 - skip;
    // "not only during alerts", "не лише під час тривог": the hold-back is said too, not denied.
    if (skip === 1 && ['', 'only', 'just', 'merely', 'simply', 'even'].includes(word(held.start - 1))) return false;
    if (['a', 'an', 'the'].includes(word(at))) at--;
    if (word(at) === 'not' && word(at - 1) === 'is' && ['this', 'it', 'that'].includes(word(at - 2))) return true;
    if (skip === 0 && word(at) === 'не' && ['це', 'то', 'зараз'].includes(word(at - 1))) return true;
  }
  return false;
}

/** The longest update (in words and breaks) whose live threat said now is read again as the fallback topic's. */
const MAX_REREAD_TOKENS = 600;

/** Talk words that alone say nothing of talk: "повідомляє про серію вибухів". */
const BARE_ABOUT = new Set(['про', 'about']);

/**
 * What `releasedFrom` lifted from its hold-backs: the hits, the words that lifted them (now, a real alarm), whether a
 * hold-back was denied by name, and whether an event's hold-back was lifted for an alarm reported apart from it.
 */
interface Released {
  hits: TermHit[];
  by: TermHit[];
  denied: boolean;
  apart: boolean;
}

/** How many (cue, hold-back) pairs an update may ask `releasedFrom` to weigh; beyond it nothing is released. */
const MAX_RELEASE_PAIRS = 400;
/**
 * How sure the learned check must be that an update is not war news (severity unknown) for its topics to give way to
 * the fallback: surer than it must be to lower a severity (its threshold, 0.6), as a topic decides who is told.
 */
const NOT_WAR_NEWS_P = 0.85;

/** A quotation: «…», “…”, „…“ or "…" within one line. */
const QUOTED_SPAN = /«[^«»\n]*»|“[^“”\n]*”|„[^„“”\n]*[“”]|"[^"\n]*"/gu;

/** Words that open a post before its header: "Увага! Київ! …", "Терміново. Столиця!". */
const ATTENTION_WORDS = new Set(['увага', 'терміново', 'attention', 'urgent', 'breaking', 'alert', 'важливо']);

/** True when every word of the update is inside one of `hits`, or a number ("02:14", "12"; not a year: "2024"). */
function coveredBy(tokenized: TokenizedText, hits: readonly TokenSpan[], signatureAt: number): boolean {
  const covered = new Uint8Array(tokenized.tokens.length);
  for (const hit of hits) covered.fill(1, hit.start, hit.end);
  // The channel's signature (from `signatureAt` on) is not the post's words.
  covered.fill(1, signatureAt);
  return tokenized.tokens.every(
    // A number (not a year), or a count as channels write it ("шахеди х4", "x10").
    (token, at) =>
      token.word === '' || covered[at] === 1 || (/^\d/.test(token.word) && !/^(19|20)\d\d$/.test(token.word)) || /^[xх×]\d{1,3}$/.test(token.word),
  );
}

/** How many words an update has before its signature (sentence breaks are tokens too, not words). */
function wordCount(tokenized: TokenizedText, signatureAt: number): number {
  let count = 0;
  for (let at = 0; at < signatureAt; at++) if (tokenized.tokens[at]!.word !== '') count++;
  return count;
}

/**
 * The words of each sentence that holds an alarm's hits, for the learned check to read one by one (one pass over the
 * words); none (so the alarm is never set aside) when the update also says now outright anywhere ("Stat of the month:
 * 1,200 drones launched at Kyiv over the past 30 days. Tonight's count so far is 40 — and they are still coming").
 */
function alarmSentences(tokenized: TokenizedText, hits: readonly TermHit[], nows: readonly TermHit[]): TokenizedText[] | undefined {
  if (nows.length > 0) return undefined;
  return sentencesOf(tokenized, hits).map((tokens) => ({ text: tokenized.text, tokens }));
}

/**
 * The words of each sentence that holds one of `hits` (within `tokenized`: not a signature cut off after it), in text
 * order, one pass over the words.
 */
function sentencesOf(tokenized: TokenizedText, hits: readonly TermHit[]): TokenizedText['tokens'][] {
  const numbers = sentenceNumbers(tokenized);
  const held = [...new Set(hits.filter((hit) => hit.start < tokenized.tokens.length).map((hit) => numbers[hit.start]!))].sort((a, b) => a - b);
  const bySentence = new Map<number, TokenizedText['tokens']>(held.map((sentence) => [sentence, []]));
  tokenized.tokens.forEach((token, at) => bySentence.get(numbers[at]!)?.push(token));
  return [...bySentence.values()];
}

/**
 * The sentences that hold `hits`, as one text (their breaks between them), or undefined when they are every sentence
 * of the update (or it has one).
 */
function sentencesHolding(tokenized: TokenizedText, hits: readonly TermHit[]): TokenizedText | undefined {
  const tokens = sentencesOf(tokenized, hits).flat();
  const words = (list: readonly TokenizedText['tokens'][number][]) => list.filter((token) => token.word !== '').length;
  const own = words(tokens);
  if (own === 0 || own === words(tokenized.tokens)) return undefined;
  return { text: tokenized.text, tokens };
}

/** An update of this many sentences is a digest, for the learned checks (SeverityDecision.topicEvidence, defaultEvidence). */
const DIGEST_SENTENCES = 3;

/**
 * Whether an update's text (after its title: a title is no sentence of a digest, "Sold-out New Year concert" above two
 * sentences of news) has DIGEST_SENTENCES sentences or more.
 */
function isDigest(tokenized: TokenizedText, title: string | undefined): boolean {
  if (!title) return sentenceCount(tokenized) >= DIGEST_SENTENCES;
  // The title is read first, then a line break: its normalised length is where the text begins.
  const titleEnd = normalizeText(title).length;
  const from = tokenized.tokens.findIndex((token) => token.start > titleEnd);
  return from !== -1 && sentenceCount({ text: tokenized.text, tokens: tokenized.tokens.slice(from) }) >= DIGEST_SENTENCES;
}

/**
 * How many sentences of three words or more the text has: the breaks of "U.S." cut off no sentence of their own, so a
 * one-sentence report that names the U.S. is no digest.
 */
function sentenceCount(tokenized: TokenizedText): number {
  let count = 0;
  let words = 0;
  for (const token of [...tokenized.tokens, { word: '' }]) {
    if (token.word !== '') {
      words++;
      continue;
    }
    if (words >= 3) count++;
    words = 0;
  }
  return count;
}

/** The sentence each token is in (a break token starts a new one). */
function sentenceNumbers(tokenized: TokenizedText): Int32Array {
  const numbers = new Int32Array(tokenized.tokens.length);
  let sentence = 0;
  tokenized.tokens.forEach((token, at) => {
    if (token.word === '') sentence++;
    numbers[at] = sentence;
  });
  return numbers;
}

/**
 * The sentences (numbered as `sentenceNumbers` does) that end with `mark` ("?" or "!"), also among other marks ("!?",
 * "?!", "??"): every break counts as a sentence, so a run of them is credited to the sentence of the last word.
 */
function sentencesEndingIn(tokenized: TokenizedText, mark: '?' | '!'): Set<number> {
  const ending = new Set<number>();
  let sentence = 0;
  let ofLastWord = 0;
  for (const token of tokenized.tokens) {
    if (token.word !== '') {
      ofLastWord = sentence;
      continue;
    }
    sentence++;
    if (tokenized.text[token.start] === mark) ending.add(ofLastWord);
  }
  return ending;
}

/** "'if an air-raid alert is declared'": the words of a span, as written. */
function quoteSpan(tokenized: TokenizedText, span: TokenSpan): string {
  const first = tokenized.tokens[span.start];
  const last = tokenized.tokens[span.end - 1];
  if (!first || !last) return "''";
  return `'${tokenized.text.slice(first.start, last.end).replace(/\s+/g, ' ')}'`;
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
