// The incident threading interface: which earlier alert (if any) reports the same event as a new one.
import cyrillicToTranslitModule from 'cyrillic-to-translit-js';
import type { Severity } from '../core/severity.js';
import { signedText } from './classifier.js';
import { FALLBACK_TOPIC } from '../core/topic.js';
import { findCueScopes, ORIGIN_MARKERS, SCOPE_MARKER_LISTS } from './cue-scopes.js';
import { ALERT_DECLARED_AGAIN, ALERT_LIFTED_BY, ALERT_NOT_LIFTED, ALERT_OVER_IN_PLACE, ALERT_SOON_AFTER_ALL_CLEAR, ALL_CLEAR, DEFAULT_TOPICS, DRILLS, EXPLOSIONS_TOLD_AS_FINISHED, FAKES, LOOK_BACK, PAST_ALERT, UNTIL_ALL_CLEAR } from './default-topics.js';
import { FifoCache } from '../core/fifo-cache.js';
import { createPlaceFinder, type PlaceName } from './place-names.js';
import { createTermIndex, overlapsAny, tokenize, type TermHit, type Token, type TokenSpan } from './term-index.js';
import type { TopicsFile } from './topics-file.js';
import { TrigramSpace, type TrigramVector } from './trigram-space.js';

/** A recent stored alert that a new one may belong with. */
export interface IncidentCandidate {
  id: string;
  incidentId: string;
  topics: readonly string[];
  title: string;
  text: string;
  /** Its channel or outlet, read as its signature (`signedText`): where a regional administration's post is. */
  source?: string | undefined;
  publishedAt: string;
  /** Its classified severity; without it, routine and escalation reports are told apart by nothing. */
  severity?: Severity;
}

/** The new alert, as far as threading needs it. */
export interface IncidentProbe {
  topics: readonly string[];
  title: string;
  text: string;
  /** Its channel or outlet (see IncidentCandidate.source). */
  source?: string | undefined;
  publishedAt: string;
  /** Its classified severity (see IncidentCandidate.severity). */
  severity?: Severity;
}

export interface IncidentMatch {
  incidentId: string;
  /** For reasons[], e.g. "same incident as 01J…: shared 'drone attack', 'Kyiv' (similarity 0.62)". */
  reason: string;
}

/** What the store knows of an incident beyond the candidates at hand: how big it is and when it began. */
export interface IncidentSummary {
  /** Reports stored in it. */
  reports: number;
  /** When its first stored report was published (ms since the epoch), if known. */
  startedAt?: number | undefined;
}

export interface IncidentMatcher {
  /**
   * The incident the probe belongs to, or null for a new incident. Pure. `incidents` (by incident id) tells how big
   * and how old the candidates' incidents are, for the bounds (maxReports, maxSpanMs); without it, the candidates
   * are all it counts.
   */
  match(probe: IncidentProbe, candidates: readonly IncidentCandidate[], incidents?: ReadonlyMap<string, IncidentSummary>): IncidentMatch | null;
  /**
   * Works out (and keeps) what `match` reads of a report's own words, so that a match of it soon after costs only the
   * comparison: for a worker to do while it waits for Redis. Changes no result.
   */
  prepare(report: { title: string; text: string; source?: string | undefined }): void;
}

export interface IncidentMatcherOptions {
  /** Reports further apart than this (by publishedAt) are never one incident. */
  windowMs: number;
  /** Rules whose terms count as event words (and whose negatives cancel them). @defaultValue the built-in topics */
  topics?: TopicsFile;
  /** Least text similarity (TF-IDF cosine over character trigrams, 0…1) for a match on wording alone. @defaultValue 0.3 */
  threshold?: number;
  /**
   * Least text similarity for reports that name the same place where it is the event's place: on a topic bound to
   * it (Kyiv on Kyiv's air-raid topic) or for general reports (a strike on another city). @defaultValue 0.02
   */
  placeThreshold?: number;
  /**
   * Least text similarity for reports that name the same place on other topics, where a place is as often a venue
   * or a party to talks as the event's place. @defaultValue 0.05
   */
  venueThreshold?: number;
  /**
   * Least text similarity for routine reports (minor, moderate) on topics with neither a place of their own nor a
   * time chain (troops, talks) to match on wording alone, and for a routine report and an escalation (severe,
   * extreme) on such topics to match at all unless one looks back to the other: a front's or a ministry's news of
   * the day reads alike from event to event. @defaultValue 0.5
   */
  routineThreshold?: number;
  /** Places and the regions or countries they lie within. @defaultValue PLACE_NAMES */
  places?: readonly PlaceName[];
  /** Reports an incident takes at most; a later report of the event starts a new one. @defaultValue unbounded */
  maxReports?: number;
  /**
   * How long after its first report (by publishedAt) an incident takes reports; a later one starts a new incident.
   * @defaultValue unbounded
   */
  maxSpanMs?: number;
  /**
   * Topics of statements: a report filed under one of them and under a place-bound topic is a reaction to the
   * place's attack (a leader's or a diplomat's words about it), which never joins the attack's incident, unless it
   * reports a live threat (talks moved to a shelter during the alert). @defaultValue ['diplomacy']
   */
  statementTopics?: readonly string[];
}

/** Default thresholds: tuned on the labelled corpus (see docs/classifier.md). */
export const DEFAULT_INCIDENT_THRESHOLD = 0.3;
export const DEFAULT_INCIDENT_PLACE_THRESHOLD = 0.02;
export const DEFAULT_INCIDENT_VENUE_THRESHOLD = 0.05;
export const DEFAULT_INCIDENT_ROUTINE_THRESHOLD = 0.5;

const MIN_WORD_LENGTH = 3;
// Bounded memo of per-text features: the worker sees the same recent candidates over and over.
const FEATURE_CACHE_SIZE = 4096;
/**
 * Least text similarity for a general follow-up that names no place (and words that look back to an attack) to join
 * an attack's incident: less than `threshold` (see the match).
 */
const UNPLACED_FOLLOW_UP_THRESHOLD = 0.2;
/** A report that says its event is new ("again", "another strike") joins a chain only this close to a report. */
const FRESH_GAP_MS = 60 * 60_000;
/** Of an incident's many reports, its first and this many latest are compared with a new one. */
export const INCIDENT_REPRESENTATIVES = 12;

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

// A statement, reaction or look back is its own event (test/fixtures/LABELLING.md): it never joins an attack's chain.
// A report of a live threat is no statement, whoever says it ("…, the governor warned"; clarification 1).
const STATEMENT_CUES = [
  'denied', 'deny', 'denies', 'denial', 'urged', 'urges', 'condemn*', 'warned', 'warns', 'called for', 'calling them',
  'solidarity', 'condolences', 'day of mourning', 'день жалоби', 'днем жалоби', 'visited', 'thanked', 'praised',
  'подякував', 'подякувала', 'подякували', 'відвідав', 'відвідала', 'відвідали', 'заперечу*', 'заперечи*', 'засуд*',
  'закликав', 'закликала', 'закликали', 'назвав',
  'назвала', 'солідарн*', 'співчутт*',
];
const REACTION_CUES = [
  // Looking back days later is a new report, not the same one (the guideline's "same event days later").
  'last week', 'last month', 'last monday', 'last tuesday', 'last wednesday', 'last thursday', 'last friday',
  'last saturday', 'last sunday', 'минулого тижня', 'минулого місяця', 'минулої неділі', 'минулої суботи',
  'минулого понеділка', 'минулого вівторка', 'минулої середи', 'минулого четверга', 'минулої п\'ятниці',
  // A summary of a month or season is analysis, not a report of tonight's attack.
  'this autumn', 'this winter', 'this year', 'this month', 'since the start of', 'цієї осені', 'цієї зими',
  'цього року', 'цього місяця', 'з початку', ...['січні', 'лютому', 'березні', 'квітні', 'травні', 'червні', 'липні',
  'серпні', 'вересні', 'жовтні', 'листопаді', 'грудні'].flatMap((month) => [`у ${month}`, `в ${month}`]),
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december'].map((month) => `in ${month}`),
];
// An all-clear ends an alert: a new alert after it is a new incident, while the toll of the night still joins it.
// "Stay in shelters until the all clear" is no all-clear.
// Not an all-clear: one awaited, or an alert nobody has lifted ("У Києві ще не зняли тривогу").
// Nor what was said or done after it ("…, Mayor Vitali Klitschko said after the all-clear was sounded", "Після відбою
// фунікулер відновив роботу"): a follow-up of the night, which joins the incident the all-clear ended.
export const CUE_NEGATIVE = [...UNTIL_ALL_CLEAR, 'до відбою', ...ALERT_NOT_LIFTED, ...EXPLOSIONS_TOLD_AS_FINISHED,
  // (Not "less than two hours after the all-clear had been given": the time of a new alert, which REPEAT_ALERT_NEGATIVE reads.)
  ...['after the all-clear', 'after the all clear'].flatMap((after) => [`said ${after}`, `reported ${after}`, `added ${after}`]),
  'після відбою',
  // A call to act now ("я звертаюся до партнерів діяти зараз"): a reaction's plea, not a threat now.
  'діяти зараз', 'діяти негайно', 'допомогти зараз', 'потрібні зараз', 'act now', 'to act now', 'needed now', 'help now',
  // A superlative that measures tonight's attack against the year's, not a summary of it ("in one of the largest Russian air
  // attacks on the capital this year").
  ...['largest', 'biggest', 'heaviest', 'deadliest', 'most massive', 'наймасованіш*', 'наймасштабніш*', 'наймасивніш*',
    'найпотужніш*', 'найсмертоносніш*'].flatMap((most) => ['this year', 'so far this year', 'цього року', 'за рік']
    .flatMap((year) => [`${most} * ${year}`, `${most} * * ${year}`, `${most} * * * ${year}`, `${most} * * * * ${year}`,
      `${most} * * * * * ${year}`, `${most} * * * * * * ${year}`]))];

// An alert lifted by whoever lifted it is one too ("У Києві зняли повітряну тривогу").
export const ALL_CLEAR_CUES = [
  'all clear', 'all-clear', 'alert is over', 'alert has ended', 'alert lifted', 'has been lifted', 'відбій*',
  'скасовано повітрян* тривог*', ...ALL_CLEAR, ...ALERT_OVER_IN_PLACE, ...ALERT_LIFTED_BY,
];
// A report that looks back to the night's attack, its toll, rescue work or investigation: a follow-up, which may
// join the attack's incident hours after its last report (clarification 9); without such words a report beyond
// the topic's time chain is a new event ("a drone hit a house" in the afternoon after a night attack).
const FOLLOW_UP_CUES = [
  'overnight', 'last night', 'during the night', 'night attack', 'night\'s attack', 'this morning', 'earlier today',
  'after the attack', 'after the strike', 'after the strikes', 'after the night', 'aftermath', 'toll', 'rose to',
  'has risen', 'rescue operation', 'rescue work', 'rescuers', 'search and rescue', 'prosecutor*', 'investigation',
  'уночі', 'вночі', 'цієї ночі', 'минулої ночі', 'нічн*', 'зранку', 'вранці', 'після атаки', 'після удару',
  'після обстрілу', 'внаслідок атаки', 'внаслідок удару', 'внаслідок обстрілу', 'унаслідок атаки', 'унаслідок удару',
  'наслідки атаки', 'наслідки удару', 'наслідки обстрілу', 'зросла до', 'зросло до', 'зросла кількість',
  'зросла кількість', 'рятувальн*', 'рятувальники', 'пошуково-рятувальн*', 'прокурат*', 'розслідуван*',
  'завершили роботи', 'completed work', 'у ніч на', 'в ніч на', 'in the night to', 'overnight into',
  // The evening named by its date the morning after ("All 14 attack drones were shot down over Kyiv on the evening of March 15").
  'on the evening of', 'on the night of',
  // The night's or the evening's attack by its weapon ("in Tuesday night's missile attack"); not "the night's second drone
  // attack", a new one.
  ...['night\'s', 'evening\'s'].flatMap((when) => ['missile', 'drone', 'ballistic missile', 'cruise missile', 'combined', 'massive',
    'missile and drone', 'drone and missile'].flatMap((kind) => [`${when} ${kind} attack`, `${when} ${kind} strike`, `${when} ${kind} strikes`])),
  'evening\'s attack',
  // The evening's attack named the morning after ("Наслідки вечірньої атаки: у Вишгородському районі уламки дрона пошкодили дах").
  'вечірньої атаки', 'вечірнього удару', 'вечірнього обстрілу', 'вечірній атаці', 'the evening attack', 'the evening strike',
  'yesterday evening\'s',
  // A wave of the night named as over ("After the second wave of the night, missile debris fell on a warehouse…").
  // Not the first wave's, which a new attack of the day may follow ("a ballistic strike after the first wave of drones").
  ...['second', 'third', 'last'].flatMap((which) => [`after the ${which} wave`, `after the night's ${which} wave`]),
  'після другої хвилі', 'після третьої хвилі', 'після останньої хвилі',
  ...['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня']
    .flatMap((month) => [`увечері * ${month}`, `ввечері * ${month}`]),
  // Work at the sites where it came down, finished or restored since ("завершили роботу на місцях падіння уламків", "Train
  // traffic through Fastiv has been restored").
  'завершили роботу', 'завершено роботу', 'роботи завершено', 'роботу завершено', 'на місцях падіння', 'на місці падіння',
  'місця влучань', 'місцях влучань', 'has been restored', 'have been restored', 'was restored', 'відновлено', 'відновили',
  'finished work', 'wrapped up', 'the site where', 'the sites where',
  // What the attack damaged, named as known ("Two residents of the damaged high-rise in Darnytskyi district were taken to
  // hospital", "мешканців пошкодженої багатоповерхівки"), not damage reported now ("пошкоджено будинок").
  'the damaged', 'пошкодженої', 'пошкодженого', 'пошкоджених', 'зруйнованої', 'зруйнованого', 'зруйнованих',
  // What the damage still causes ("Обухів: через пошкодження ТЕЦ без опалення залишаються 12 тисяч мешканців").
  'через пошкодження', 'due to the damage', 'because of the damage',
];

// "Again", "another attack": a new event, which joins an incident only through the topic's time chain.
const NEW_EVENT_CUES = [
  'attacked again', 'attacks again', 'again under attack', 'under attack again', 'hit again', 'struck again',
  'another attack', 'another strike', 'new attack', 'new strike', 'second attack', 'знову під ударом',
  'знову атаку*', 'знову атакува*', 'знову вдари*', 'знову обстріл*', 'знову тривога', 'знову повітряна тривога',
  'ще одн* атак*', 'ще один удар', 'нов* атак*', 'новий удар', 'повторн* атак*', 'повторн* удар*',
];

// A repeated alert ("повторна тривога", "second alert of the night") says the alert before it ended: it joins no
// incident whose first threat was reported more than REPEAT_RESTATES_MS before it and that no repeated alert began (its
// all-clear may have gone unreported or off the topic). Within that time it restates the alert it follows ("alert
// declared again", another channel) or is the first report of the repeat told without the cue.
const REPEAT_ALERT_CUES = [
  ...ALERT_DECLARED_AGAIN, 'повторн* тривог*', 'повторно оголосили тривогу', 'тривогу оголошено повторно',
  'друг* тривог* за ніч', 'second alert', 'repeat alert', 'repeated alert', ...ALERT_SOON_AFTER_ALL_CLEAR,
];
/**
 * A night retold from its start to its all-clear, as news sites post it in the morning: a follow-up of that night,
 * never an alert or an all-clear of its own.
 */
const RECAP_CUES = [
  'як минула ніч', 'хронологія ночі', 'хронологія атаки', 'хронологія нічної', 'що відомо на ранок', 'що відомо станом на ранок',
  'підсумки ночі', 'how the night unfolded', 'the night in review', 'timeline of the night', 'night\'s timeline',
  'how the attack unfolded', 'what we know this morning', 'what is known this morning',
];

/**
 * What was done or resumed after the all-clear ("Після відбою тривоги рух поїздів метро відновлено", "After the all-clear in
 * Kyiv, classes resume at 10:40"): a follow-up of the alert its all-clear ended, neither an all-clear of its own nor, by the
 * alert's words it holds, a new alert. Not when it reports a threat besides, or a new or repeated one ("ЗНОВУ тривога, 20
 * хвилин після відбою", "sirens have gone off again, less than 90 minutes after the all clear"). Read whatever negative it
 * overlaps (CUE_NEGATIVE holds "після відбою" so that it is no all-clear).
 */
const AFTER_ALL_CLEAR_CUES = ['після відбою', 'після відбою тривоги', 'після відбою повітряної тривоги', 'after the all-clear',
  'after the all clear', 'following the all-clear', 'following the all clear',
  // "…, city officials said after the alert ended", "після завершення тривоги".
  'after the alert ended', 'after the alert was lifted', 'after the alert was over', 'after the alert had ended',
  'після завершення тривоги', 'після закінчення тривоги', 'після скасування тривоги',
  // One all-clear of a night of two ("Many students had returned to their rooms after the first all clear").
  ...['first', 'second'].flatMap((which) => [`after the ${which} all-clear`, `after the ${which} all clear`])];

/** Words of an attack going on now (see `now` in Features). */
const NOW_CUES = ['under way', 'underway', 'right now', 'is continuing', 'are continuing', 'прямо зараз', 'триває', 'тривають',
  'продовжується', 'продовжуються'];

/** A repeated alert's own end: an all-clear, whose words the repeat's cue shares (see `asTime`). */
const REPEAT_ENDED = [
  // (And "The second alert of the night in Kyiv ended shortly before midnight without hits".)
  ...['repeated alert', 'repeat alert', 'second alert', 'second air-raid alert', 'second air raid alert'].flatMap((repeat) => ['', 'in * ', 'in the * ', 'of the night ', 'of the night in * ',
    'of the day ', 'of the day in * '].flatMap((where) =>
    ['has ended', 'ended', 'is over', 'was lifted', 'has been lifted'].map((ended) => `${repeat} ${where}${ended}`))),
  'відбій повторної тривоги', 'відбій другої тривоги', 'повторну тривогу скасовано', 'повторну тривогу в * скасовано',
  'повторна тривога завершилася', 'повторна тривога завершилась', 'повторну тривогу завершено', 'повторна тривога в * завершилася',
  'повторна тривога в * завершилась',
];

/** A repeated alert denied or foreseen is none: its words cancel the cue they overlap. */
const REPEAT_ALERT_NEGATIVE = [
  'повторної тривоги не', 'повторну тривогу не', 'можлив* повторн* тривог*', 'no second alert', 'possible second alert',
  'possible repeat alert', 'not a repeat alert',
];
/** How long after an incident's first threat report a repeated alert may still join it (see REPEAT_ALERT_CUES). */
const REPEAT_RESTATES_MS = 15 * 60_000;
// A second all-clear this soon after an incident's all-clear restates it ("Відбій тривоги по всій країні" two minutes
// after Kyiv's own; "Відбій. Попередні наслідки нічної атаки: …" 25 minutes after it, with the night's consequences).
// 15 minutes until the thirty-fourth round: 45 joined such restatements on four held-out sets and cost none.
const ALL_CLEAR_RESTATES_MS = 45 * 60_000;

// Look-backs at attacks a year or more ago report no event of the night: like a statement, they never join an
// incident and are never joined. An announced drill is an event of its own kind: it joins only reports of drills.
// An active threat (alert, inbound, explosions now): its report starts or continues an alert, so it joins an
// incident only through the topic's time chain, and never one whose alert is over.
export const THREAT_CUES = [
  'air raid alert', 'air-raid alert', 'air alert', 'alert declared', 'sirens', 'shelter*', 'take cover', 'inbound',
  'approaching', 'heading toward*', 'heading to', 'heading for', 'explosions', 'blasts', 'under attack',
  'air defence is active', 'air defence firing',
  'повітрян* тривог*', 'тривог*', 'курсом на', 'рухаються', 'загроз*', 'укритт*', 'вибухи', 'працює ппо', 'ппо працює',
];

// The package's types declare an ES default export, but it is a CommonJS function export (Node's default import).
const cyrillicToTranslit = cyrillicToTranslitModule as unknown as typeof cyrillicToTranslitModule.default;
const translit = cyrillicToTranslit({ preset: 'uk' });
// Words repeat from report to report, and the transliterator walks each word letter by letter: memoised, bounded.
const TRANSLIT_MEMO_SIZE = 50_000;
const translitMemo = new Map<string, string>();
function transliterate(word: string): string {
  let latin = translitMemo.get(word);
  if (latin === undefined) {
    latin = translit.transform(word);
    if (translitMemo.size >= TRANSLIT_MEMO_SIZE) translitMemo.clear();
    translitMemo.set(word, latin);
  }
  return latin;
}

interface Features {
  /** Character trigrams of the transliterated content words. */
  grams: TrigramVector;
  /** Topic id → the first of its terms the text uses (outside negatives): the kinds of event it reports. */
  events: Map<string, string>;
  /** Names of the severe and extreme severity rules that fire: what a general report's event is. */
  impact: Set<string>;
  /** The first word of a severe rule it uses (casualties, damage): the impact it reports. */
  impactWord: string | undefined;
  /**
   * The first word of an extreme rule it uses ("працюють мобільні вогневі групи"): on a place's own topic, the live
   * threat it reports is its kind of event when no topic term names one.
   */
  alarmWord: string | undefined;
  /** An extreme rule's words are used (outside negations, conditionals and names): it may report a live threat. */
  alarm: boolean;
  places: string[];
  phase: 'all-clear' | 'threat' | 'other';
  reaction: boolean;
  /** An announced drill (siren test, controlled detonation): it threads only with drills. */
  drill: boolean;
  /**
   * It says the attack goes on now ("is under way", "right now", "триває"): with the classifier's extreme, a live report
   * whatever follow-up word it has ("The night's attack on Kyiv is under way").
   */
  now: boolean;
  /** It looks back to an attack (overnight, its toll, rescue work): it may join the attack beyond the time chain. */
  followUp: boolean;
  /** It says the event is a new one ("again", "another attack"): it joins only through the time chain. */
  fresh: boolean;
  /** A repeated alert: it joins no incident a first alert began well before it (see REPEAT_ALERT_CUES). */
  repeat: boolean;
  /** Told as done after the all-clear (AFTER_ALL_CLEAR_CUES): an event of the alert that all-clear ended, whatever its words. */
  afterAllClear: boolean;
  /** Set when the text memo dropped it: holders must read the text again. */
  evicted?: boolean;
}

/**
 * Threads reports of one event. A candidate qualifies when it shares a topic with the probe, was published within
 * the window, reports the same kind of event (a term of a shared topic), names no incompatible place, is not a
 * statement or reaction, and either follows the probe's topic chain closely in time, or is similar enough in wording
 * (less so when both name the same place), or is looked back to by a follow-up on the place its topic is bound to (which
 * needs no shared wording). The incident with the best-scoring member wins.
 * @example const matcher = createIncidentMatcher({ windowMs: config.incidentWindowSeconds * 1000 });
 */
export function createIncidentMatcher(options: IncidentMatcherOptions): IncidentMatcher {
  const { windowMs } = options;
  const maxReports = options.maxReports ?? Number.POSITIVE_INFINITY;
  const maxSpanMs = options.maxSpanMs ?? Number.POSITIVE_INFINITY;
  const threshold = options.threshold ?? DEFAULT_INCIDENT_THRESHOLD;
  const placeThreshold = options.placeThreshold ?? DEFAULT_INCIDENT_PLACE_THRESHOLD;
  const venueThreshold = options.venueThreshold ?? DEFAULT_INCIDENT_VENUE_THRESHOLD;
  const routineThreshold = options.routineThreshold ?? DEFAULT_INCIDENT_ROUTINE_THRESHOLD;
  const topics = options.topics ?? DEFAULT_TOPICS;
  const eventTopics = topics.topics.filter((topic) => topic.terms.length > 0);
  const NEGATIVE = eventTopics.length;
  const REACTION = NEGATIVE + 1;
  const ALL_CLEAR = NEGATIVE + 2;
  const THREAT = NEGATIVE + 3;
  // An attack's threat or impact (the severe and extreme rules): the kind of event a general report can share. Not a
  // terse post's rule (`maxWords`): its terms are every weapon's name, which any two reports of a war share.
  const impactRules = topics.severityRules.filter(
    (rule) => (rule.severity === 'severe' || rule.severity === 'extreme') && rule.maxWords === undefined,
  );
  const IMPACT = NEGATIVE + 4;
  const LOOKING_BACK = IMPACT + impactRules.length;
  const DRILL = LOOKING_BACK + 1;
  const STATEMENT = DRILL + 1;
  const FOLLOW_UP = STATEMENT + 1;
  const NEW_EVENT = FOLLOW_UP + 1;
  const PAST = NEW_EVENT + 1;
  const REPEAT_ALERT = PAST + 1;
  const RECAP = REPEAT_ALERT + 1;
  const AFTER_ALL_CLEAR = RECAP + 1;
  const ORIGIN = AFTER_ALL_CLEAR + 1;
  const REPEAT_ENDED_GROUP = ORIGIN + 1;
  const NOW = REPEAT_ENDED_GROUP + 1;
  const SCOPE_MARKERS = NOW + 1;
  const index = createTermIndex([
    ...eventTopics.map((topic) => topic.terms),
    [...topics.topics.flatMap((topic) => topic.negative), ...CUE_NEGATIVE, ...REPEAT_ALERT_NEGATIVE],
    REACTION_CUES,
    ALL_CLEAR_CUES,
    THREAT_CUES,
    ...impactRules.map((rule) => rule.terms),
    [...LOOK_BACK, ...FAKES],
    DRILLS,
    STATEMENT_CUES,
    FOLLOW_UP_CUES,
    NEW_EVENT_CUES,
    PAST_ALERT,
    REPEAT_ALERT_CUES,
    RECAP_CUES,
    AFTER_ALL_CLEAR_CUES,
    ORIGIN_MARKERS,
    REPEAT_ENDED,
    NOW_CUES,
    ...SCOPE_MARKER_LISTS,
  ]);
  const places = createPlaceFinder(options.places);
  // Candidates cached by id may still hold a dropped entry: they read their text again, so one text stays one
  // object (one document for IDF) whichever ids carry it.
  const cache = new FifoCache<string, Features>(FEATURE_CACHE_SIZE, (dropped) => (dropped.evicted = true));
  const space = new TrigramSpace();
  // The places each topic is about (an air-raid topic's city): there a common place such as Kyiv is the event's place.
  const boundPlaces = new Map(
    topics.topics.map((topic) => [topic.id, new Set(places.find(tokenize(topic.places.join('. ').replaceAll('*', '')).tokens, [], { narrowest: false }))]),
  );
  const gapMs = new Map(topics.topics.map((topic) => [topic.id, topic.incidentGapMinutes * 60_000]));
  const statementTopics = new Set(options.statementTopics ?? ['diplomacy']);
  const placeBound = new Set(topics.topics.filter((topic) => topic.places.length > 0).map((topic) => topic.id));
  /**
   * A reaction, a look-back or a statement about a place's attack, by its words and topics: never joins the attack's
   * incident (see statementTopics). Not an extreme report: a live alarm told after a look-back or beside a reaction
   * ("Two years ago a missile hit a hospital in Kyiv… Now, an air-raid alert has been declared") threads as the alert it is.
   */
  const reacts = (topicIds: readonly string[], features: Features, severity: Severity | undefined): boolean =>
    severity !== 'extreme' &&
    (features.reaction ||
      (features.phase !== 'threat' && !features.alarm && topicIds.some((id) => statementTopics.has(id)) && topicIds.some((id) => placeBound.has(id))));

  // A drill's words in a live alert ("Тривога в Києві — негайно в укриття! Нагадуємо: завтра перевірка сирен") or in an
  // impact report ("Kyiv tests its sirens on Thursday. Separately, debris damaged a kindergarten overnight") make it no
  // drill: the classifier found a live threat or impact, so it threads as the alert or the attack it reports.
  const isDrill = (features: Features, severity: Severity | undefined): boolean =>
    features.drill && severity !== 'extreme' && severity !== 'severe';

  // On an attack's topic (one that chains reports in time) the classifier grades minor only what reports no part of
  // the attack beside an all-clear or a drill: the mayor's promise, analysis, a forecast, civil protection. Such a
  // report is its own event (LABELLING.md): it joins nothing and nothing joins it. Not what resumed after the all-clear
  // (AFTER_ALL_CLEAR_CUES): the labellers thread it with the alert.
  const asides = (report: { topics: readonly string[]; severity?: Severity | undefined }, features: Features): boolean =>
    report.severity === 'minor' &&
    features.phase !== 'all-clear' &&
    !features.afterAllClear &&
    !features.drill &&
    report.topics.some((topic) => (gapMs.get(topic) ?? 0) > 0);

  // On a place-bound topic an attack's impact is its event even when the topic's own words are denied
  // ("пошкоджено склад, постраждалих немає" on Kyiv's air-raid topic): the word it reports, or undefined for none.
  const kindOf = (features: Features, topic: string): string | undefined =>
    features.events.get(topic) ?? (placeBound.has(topic) ? (features.impactWord ?? features.alarmWord) : undefined);

  /**
   * Where a report is: the places its words name (outside names, but for a city's district), else those its channel's
   * name does (`source`, read as a signature:
   * a regional administration's post about "the regional centre", КМВА's "Відбій тривоги"). A channel does not take a
   * report about one of its towns to its city. An outlet named after a city ("Kyiv Independent") places its unplaced
   * reports there too: such a report then joins no other city's incident, and Kyiv's only on Kyiv's topic, which the
   * classifier gives it only for what its words say (there the name is a name).
   */
  const placesOf = (tokens: readonly Token[], negatives: readonly TermHit[], names: readonly TokenSpan[], source: string | undefined): string[] => {
    let named = places.find(tokens, negatives);
    // A name sets a common place aside (a wire's dateline "KYIV, March 30 (Reuters) -", a film «Тиха ніч над Києвом»),
    // not another (Kharkiv's "Kyivskyi district", an AP dateline "KHARKIV, Ukraine (AP) —" over a Kharkiv report).
    if (names.length > 0 && named.some((place) => places.isCommon(place))) {
      const outsideNames = places.find(tokens, [...negatives, ...names]);
      named = named.filter((place) => !places.isCommon(place) || outsideNames.includes(place));
    }
    return named.length > 0 || !source ? named : places.find(tokenize(signedText('', source)).tokens, []);
  };
  const textFeatures = (title: string, text: string, source: string | undefined): Features => {
    const key = source ? `${title}\n${text}\n\0${source}` : `${title}\n${text}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const tokenized = tokenize(`${title}\n${text}`);
    const { tokens } = tokenized;
    // Transliterated, so a Ukrainian report shares trigrams with an English one on names (Шевченківському ~
    // Shevchenkivskyi) and loanwords (дрон ~ drone).
    const grams = space.vector(
      tokens.flatMap(({ word }) => (word.length < MIN_WORD_LENGTH || STOP_WORDS.has(word) ? [] : [transliterate(word)])),
    );
    const found = index.find(tokens);
    const negatives = found.filter((hit) => hit.group === NEGATIVE);
    // Where weapons come from is not where the event is ("Ударні БпЛА з Сумщини рухаються курсом на Київщину",
    // "drones from the Chernihiv region"): the word after an origin marker (past an article) names no place of the report.
    const origins: TermHit[] = found.flatMap((hit) => {
      if (hit.group !== ORIGIN) return [];
      const at = tokens[hit.end]?.word === 'the' ? hit.end + 1 : hit.end;
      return tokens[at] && tokens[at]!.word !== '' ? [{ ...hit, start: at, end: at + 1 }] : [];
    });
    const cancelled = overlapsAny(negatives);
    // An all-clear told as the time of a new alert ("less than two hours after the all-clear had been given"), or whose
    // words a repeated alert shares ("Second alert over Kyiv tonight"): the repeated alert's words hold it, and it counts
    // as no all-clear. Not the repeat's own end ("The repeated alert in Kyiv has ended"): that is an all-clear.
    const repeatEnded = overlapsAny(found.filter((hit) => hit.group === REPEAT_ENDED_GROUP && !cancelled(hit)));
    const asTime = overlapsAny(found.filter((hit) => hit.group === REPEAT_ALERT && !cancelled(hit) && !repeatEnded(hit)));
    const afterTheAllClear = overlapsAny(found.filter((hit) => hit.group === AFTER_ALL_CLEAR));
    // As the classifier reads them (cue-scopes.ts): a name or a figure of speech reports nothing, nor does an event
    // word in a conditional or a negation ("no alert in Kyiv tonight", "if drones attack").
    const markers: TermHit[] = [];
    const cues: TermHit[] = [];
    for (const hit of found) {
      if (hit.group >= SCOPE_MARKERS) markers.push({ ...hit, group: hit.group - SCOPE_MARKERS });
      else if (hit.group < NEGATIVE || hit.group === THREAT || (hit.group >= IMPACT && hit.group < LOOKING_BACK)) cues.push(hit);
    }
    const scopes = cues.length === 0 ? [] : findCueScopes(tokenized, markers, cues);
    const names = scopes.filter((scope) => scope.kind === 'name' || scope.kind === 'figurative');
    const hypothetical = overlapsAny(scopes.filter((scope) => scope.kind === 'conditional'));
    const denied = overlapsAny(scopes.filter((scope) => scope.kind === 'negation'));
    const negator = overlapsAny(scopes.flatMap((scope) => (scope.marker ? [scope.marker] : [])));
    const named = overlapsAny(names);
    const setAside = (hit: TermHit) => named(hit) || hypothetical(hit) || (denied(hit) && !negator(hit));
    const hits = found.filter((hit) => hit.group < SCOPE_MARKERS);
    const firstWord = tokens.findIndex((token) => token.word !== '');
    const breakAfter = tokens.findIndex((token, at) => token.word === '' && at > firstWord);
    const ledeEnd = breakAfter === -1 ? tokens.length : breakAfter;
    const events = new Map<string, string>();
    let allClear = false;
    let threat = false;
    const impact = new Set<string>();
    let impactWord: string | undefined;
    let alarmWord: string | undefined;
    let reaction = false;
    let statement = false;
    let drill = false;
    let followUp = false;
    let fresh = false;
    let repeat = false;
    let past = false;
    let recap = false;
    let alarm = false;
    let afterAllClear = false;
    let now = false;
    for (const hit of hits) {
      // A repeated alert's own end is an all-clear, in whatever words it names the repeat ("The second alert of the night in
      // Kyiv ended shortly before midnight").
      if (hit.group === REPEAT_ENDED_GROUP) {
        allClear ||= !cancelled(hit);
        continue;
      }
      if (hit.group === NEGATIVE || hit.group === ORIGIN || (hit.group !== AFTER_ALL_CLEAR && cancelled(hit))) continue;
      if (hit.group === NOW) {
        now ||= !setAside(hit);
        continue;
      }
      if (hit.group === ALL_CLEAR && (asTime(hit) || afterTheAllClear(hit))) continue;
      if (hit.group === THREAT && afterTheAllClear(hit)) continue;
      // What a report is, its lede says (the title, or the first sentence): "Kyiv had warned…" deep in a report
      // of clashes does not make it a statement.
      if (hit.group === REACTION) reaction ||= hit.start < ledeEnd;
      else if (hit.group === STATEMENT) statement ||= hit.start < ledeEnd;
      else if (hit.group === FOLLOW_UP) followUp = true;
      else if (hit.group === NEW_EVENT) fresh = true;
      else if (hit.group === REPEAT_ALERT) repeat = true;
      else if (hit.group === RECAP) recap = true;
      else if (hit.group === AFTER_ALL_CLEAR) afterAllClear = true;
      else if (hit.group === PAST) past = true;
      else if (hit.group === LOOKING_BACK) reaction = true;
      else if (hit.group === DRILL) drill = true;
      else if (hit.group === ALL_CLEAR) allClear = true;
      else if (setAside(hit)) continue;
      else if (hit.group === THREAT) threat = true;
      else if (hit.group >= IMPACT) {
        const rule = impactRules[hit.group - IMPACT]!;
        impact.add(rule.name);
        if (rule.severity === 'severe') impactWord ??= hit.term;
        else alarmWord ??= hit.term;
        alarm ||= rule.severity === 'extreme';
      }
      else if (!events.has(eventTopics[hit.group]!.id)) events.set(eventTopics[hit.group]!.id, hit.term);
    }
    // Told after the all-clear, with no threat of its own: a follow-up of the alert that all-clear ended.
    afterAllClear &&= !threat && !fresh && !repeat;
    followUp ||= afterAllClear;
    const features: Features = {
      grams,
      events,
      impact,
      impactWord,
      alarmWord,
      alarm,
      places: placesOf(tokens, origins.length === 0 ? negatives : [...negatives, ...origins], names, source),
      // An alert told in the past ("sirens sounded for four hours") starts none.
      // A night retold in the morning ("Як минула ніч у Києві: о 01:07 оголосили тривогу, … Відбій дали о 02:55") tells
      // its alert and its all-clear as a follow-up of them: neither a new alert nor a second all-clear.
      // A repeated alert told in the past ("sirens wailed again …, less than two hours after the all-clear") is still an alert.
      phase: recap ? 'other' : allClear ? 'all-clear' : threat && (!past || repeat) ? 'threat' : 'other',
      // Attribution never makes a live threat a statement ("…, the governor warned"; LABELLING.md clarification 1).
      reaction: reaction || (statement && !threat),
      drill,
      now,
      followUp: (followUp || recap) && !fresh,
      fresh,
      repeat,
      afterAllClear,
    };
    cache.set(key, features);
    return features;
  };

  // Candidates by id: an alert's text never changes, so its features and time are looked up without hashing its
  // text again (a worker compares each new alert with up to 100 stored ones, the same ones call after call).
  const candidateCache = new FifoCache<string, { title: string; text: string; source: string | undefined; publishedAt: string; time: number; features: Features }>(
    FEATURE_CACHE_SIZE,
  );
  const candidateEntry = (candidate: IncidentCandidate) => {
    const cached = candidateCache.get(candidate.id);
    if (
      cached &&
      !cached.features.evicted &&
      cached.text === candidate.text &&
      cached.title === candidate.title &&
      cached.source === candidate.source &&
      cached.publishedAt === candidate.publishedAt
    ) {
      return cached;
    }
    const entry = {
      title: candidate.title,
      text: candidate.text,
      source: candidate.source,
      publishedAt: candidate.publishedAt,
      time: Date.parse(candidate.publishedAt),
      features: textFeatures(candidate.title, candidate.text, candidate.source),
    };
    candidateCache.set(candidate.id, entry);
    return entry;
  };

  return {
    prepare(report) {
      textFeatures(report.title, report.text, report.source);
    },
    match(probe, candidates, summaries) {
      // No candidate of a shared topic within the window: nothing it could join, so its words need not be read.
      const probeTime = Date.parse(probe.publishedAt);
      if (!candidates.some((candidate) => sharedTopics(candidate.topics, probe.topics) && Math.abs(Date.parse(candidate.publishedAt) - probeTime) <= windowMs)) {
        return null;
      }
      const mine = asGraded(textFeatures(probe.title, probe.text, probe.source), probe.severity);
      const mineDrill = isDrill(mine, probe.severity);
      // An all-clear reports no attack but ends one: another city's ("the alert in Odesa is over") has no topic words.
      // An alarm the classifier found (extreme) reports an event, though the topic's own words yielded in it ("Air defence
      // units are working over Kyiv's left bank").
      const mineAlarmed = alarmed(mine, probe.severity);
      // A live threat the classifier found in words that are none of the matcher's threats ("Kyiv, get to safety now:
      // ballistic missiles launched from the north-east"): after an all-clear, a new alert like any other.
      // Not a follow-up graded extreme (its toll beside "stay in shelters"), unless it says the attack goes on now.
      const liveUnread = mine.phase === 'other' && probe.severity === 'extreme' && (!mine.followUp || mine.now);
      if (reacts(probe.topics, mine, probe.severity) || asides(probe, mine) || !(reportsEvent(mine) || mine.phase === 'all-clear' || mineAlarmed || mine.afterAllClear)) return null;
      interface Eligible {
        /** Position in `candidates`: on equal scores the earlier candidate wins. */
        at: number;
        candidate: IncidentCandidate;
        features: Features;
        time: number;
        distance: number;
        shared: readonly string[];
      }
      const eligible: Eligible[] = [];
      // Per incident: its earliest and latest report and whether its alert is over (from every eligible member).
      const incidents = new Map<
        string,
        {
          first: number;
          clearedAt: number;
          threatAt: number;
          firstThreatAt: number;
          allClear: boolean;
          threat: boolean;
          /** Some member was graded extreme by the classifier (a live alarm in words none of the matcher's threats are). */
          alarmed: boolean;
          repeat: boolean;
          members: Eligible[];
        }
      >();
      for (const [at, candidate] of candidates.entries()) {
        const shared = sharedTopics(candidate.topics, probe.topics);
        if (!shared) continue;
        const { time, features } = candidateEntry(candidate);
        if (asides(candidate, features)) continue;
        const distance = Math.abs(time - probeTime);
        if (!(distance <= windowMs)) continue;
        const entry = { at, candidate, features, time, distance, shared };
        eligible.push(entry);
        let incident = incidents.get(candidate.incidentId);
        if (!incident) {
          incident = {
            first: time,
            clearedAt: Number.NEGATIVE_INFINITY,
            threatAt: Number.NEGATIVE_INFINITY,
            firstThreatAt: Number.POSITIVE_INFINITY,
            allClear: false,
            threat: false,
            alarmed: false,
            repeat: false,
            members: [],
          };
          incidents.set(candidate.incidentId, incident);
        }
        if (features.phase === 'all-clear') {
          incident.allClear = true;
          incident.clearedAt = Math.max(incident.clearedAt, time);
        }
        if (gradedPhase(features, candidate.severity) === 'threat') {
          incident.threat = true;
          incident.threatAt = Math.max(incident.threatAt, time);
          incident.firstThreatAt = Math.min(incident.firstThreatAt, time);
          incident.repeat ||= features.repeat;
        }
        incident.alarmed ||= candidate.severity === 'extreme' && features.phase !== 'all-clear';
        incident.first = Math.min(incident.first, time);
        incident.members.push(entry);
      }
      if (eligible.length === 0) return null;

      // Word-independent rules first, so only candidates that could match are scored.
      interface Scored {
        member: Eligible;
        time: number;
        at: number;
        events: string[];
        fallbackOnly: boolean;
        samePlace: boolean;
        /** The place shared is narrower than a common one (the same district, not just Kyiv). */
        specific: boolean;
        placeNeeds: number;
        /** The places it shares with the probe. */
        linking: readonly string[];
        /** A place it shares with the probe is one a shared topic is about (Kyiv on Kyiv's air-raid topic). */
        bound: boolean;
      }
      const qualify = (member: Eligible): Scored | null => {
        const { features: theirs, shared } = member;
        if (reacts(member.candidate.topics, theirs, member.candidate.severity) || isDrill(theirs, member.candidate.severity) !== mineDrill) return null;
        const events = shared.filter((topic) => kindOf(mine, topic) !== undefined && kindOf(theirs, topic) !== undefined);
        const fallbackOnly = shared.every((topic) => topic === FALLBACK_TOPIC);
        // General reports have no topic terms of their own: both must report an attack (a threat or an impact, in
        // any topic's words or the severe and extreme rules'), and name the same place below.
        // Two alarms on a place's topic are of a kind whatever their words ("Air defence units are working over Kyiv's left
        // bank" after "У Києві повітряна тривога"), though the topic's own words yielded in one of them.
        const sameKind = events.length > 0 || (fallbackOnly && (reportsEvent(mine) || mine.phase === 'all-clear') && reportsEvent(theirs)) ||
          (!fallbackOnly && mineAlarmed && alarmed(theirs, member.candidate.severity)) ||
          // What resumed after the all-clear is of the kind of that all-clear.
          (mine.afterAllClear && theirs.phase === 'all-clear');
        if (!sameKind) return null;
        const bothPlaced = mine.places.length > 0 && theirs.places.length > 0;
        if (bothPlaced && !places.compatible(mine.places, theirs.places)) return null;
        // A place links the two when it is specific, or the shared topic is about it (Kyiv on Kyiv's air-raid topic);
        // it is the event's place on a topic bound to it and for general reports, elsewhere maybe just a venue.
        const linking = bothPlaced ? places.shared(mine.places, theirs.places) : [];
        const bound = linking.some((place) => shared.some((topic) => boundPlaces.get(topic)?.has(place)));
        const specific = linking.some((place) => !places.isCommon(place));
        // Off a place's own topics (troops, talks), a region links no two reports by itself: front-line news names
        // the same oblast day after day. A town, a city or a country does.
        const samePlace = bound || (fallbackOnly ? specific : linking.some((place) => !places.isCommon(place) && !places.hasParts(place)));
        const placeNeeds = bound || fallbackOnly ? placeThreshold : venueThreshold;
        return { member, events, fallbackOnly, samePlace, specific, placeNeeds, linking, bound, time: member.time, at: member.at };
      };
      // An incident grows only so far: as many reports and as old as the store says, or as the candidates show.
      const full = (incidentId: string, incident: { first: number; members: readonly Eligible[] }): boolean => {
        const summary = summaries?.get(incidentId);
        const reports = Math.max(summary?.reports ?? 0, incident.members.length);
        const startedAt = Math.min(summary?.startedAt ?? Number.POSITIVE_INFINITY, incident.first);
        return reports >= maxReports || probeTime - startedAt > maxSpanMs;
      };
      // True when some of the members are placed and none where `at` is.
      const placedApart = (members: readonly Eligible[], at: readonly string[] = mine.places): boolean => {
        if (at.length === 0) return false;
        let placed = false;
        for (const member of members) {
          if (member.features.places.length === 0) continue;
          if (places.compatible(at, member.features.places)) return false;
          placed = true;
        }
        return placed;
      };
      const placesOf = (members: readonly Eligible[]): string[] => [...new Set(members.flatMap((member) => member.features.places))];
      // A new alert since the all-clear, at a place the cleared incident could be (another city's alert does not
      // take Kyiv's nationwide all-clear from Kyiv's night).
      const restates = (incident: { clearedAt: number; members: readonly Eligible[] }): boolean => {
        if (Math.abs(probeTime - incident.clearedAt) > ALL_CLEAR_RESTATES_MS) return false;
        const itsPlaces = placesOf(incident.members);
        return ![...incidents.values()].some(
          (other) => other !== incident && other.threat && other.firstThreatAt > incident.clearedAt && !placedApart(other.members, itsPlaces),
        );
      };
      const scored: Scored[] = [];
      for (const [incidentId, incident] of incidents) {
        if (full(incidentId, incident)) continue;
        // An incident placed by its reports takes no report placed elsewhere through one of its unplaced reports (a
        // nationwide alert): Brovary district's fire stays out of the city's night that a nationwide alert began.
        if (placedApart(incident.members)) continue;
        // One alert has one all-clear; a threat after the all-clear is a new alert, whatever was reported between. A
        // second all-clear within minutes after the first restates it (Kyiv's all-clear, then the nationwide one),
        // unless a new alert began since: then it is that alert's.
        if (mine.phase === 'all-clear' && incident.allClear && !restates(incident)) continue;
        if ((mine.phase === 'threat' || liveUnread) && incident.allClear && probeTime > incident.clearedAt) continue;
        if (mine.phase === 'threat' && mine.repeat && incident.threat && !incident.repeat && probeTime - incident.firstThreatAt > REPEAT_RESTATES_MS) continue;
        // A busy incident is represented by its latest qualifying reports and its first: newest first, stopping
        // when there are enough, so a flood of reports on one night costs a bounded number of checks.
        const byTime = newestFirst(incident.members);
        let visited = 0;
        let taken = 0;
        for (; visited < byTime.length && taken < INCIDENT_REPRESENTATIVES; visited++) {
          const qualified = qualify(byTime[visited]!);
          if (qualified) {
            scored.push(qualified);
            taken++;
          }
        }
        // Its earliest qualifying report among the rest (on equal times, the one given first).
        let first: Scored | undefined;
        for (let at = byTime.length - 1; at >= visited; at--) {
          const member = byTime[at]!;
          if (first && member.time > first.time) break;
          const qualified = qualify(member);
          if (qualified && (!first || qualified.time < first.time || (qualified.time === first.time && qualified.at < first.at))) first = qualified;
        }
        if (first) scored.push(first);
      }
      if (scored.length === 0) return null;
      scored.sort((a, b) => a.at - b.at);
      // IDF over every eligible candidate (as before the cheap rules), scores only for those that could match.
      // Candidates of one topic set change little from call to call: its document frequencies are kept (exact).
      const similarities = space.similarities(
        mine.grams,
        eligible.map((entry) => entry.features.grams),
        scored.map((entry) => entry.member.features.grams),
        probe.topics.join(' '),
      );

      // Later reports go with the alert they follow (clarification 10): beyond its chain, an incident whose alert is
      // over takes none when a new alert began after its all-clear in an incident that also qualifies.
      // Unless the report names a place of the earlier one the new one does not (the night's district, hours later).
      const linkedBy = new Map<string, Set<string>>();
      for (const entry of scored) {
        const id = entry.member.candidate.incidentId;
        const linked = linkedBy.get(id) ?? new Set<string>();
        for (const place of entry.linking) linked.add(place);
        linkedBy.set(id, linked);
      }
      const superseded = (incidentId: string, linking: readonly string[]): boolean => {
        const incident = incidents.get(incidentId)!;
        if (!incident.allClear) return false;
        for (const [otherId, linked] of linkedBy) {
          const other = incidents.get(otherId)!;
          if (other !== incident && other.threat && other.first > incident.clearedAt && linking.every((place) => linked.has(place))) return true;
        }
        return false;
      };
      let best: { candidate: IncidentCandidate; score: number; why: string } | undefined;
      for (const [at, { member, events, fallbackOnly, samePlace, specific, placeNeeds, linking, bound }] of scored.entries()) {
        const { candidate, features: theirs, distance, shared } = member;
        const similarity = similarities[at]!;
        // A follow-up that names no place ("Firefighters have put out the blaze at the port warehouses hit overnight")
        // needs less of the wording: it looks back to an attack, and its place is what it left out.
        if (fallbackOnly && !samePlace && similarity < (mine.places.length === 0 && mine.followUp ? Math.min(threshold, UNPLACED_FOLLOW_UP_THRESHOLD) : threshold)) continue;
        const gap = Math.max(...shared.map((topic) => gapMs.get(topic) ?? 0));
        const incident = incidents.get(candidate.incidentId)!;
        // A live threat continues an alert still live: one whose last threat, or whose first report, is within the
        // gap. After hours of only impact and toll reports ("one injured in the overnight attack"), it is a new alert.
        const live =
          (mine.phase !== 'threat' || probeTime - incident.threatAt <= gap || probeTime - incident.first <= gap) &&
          // "Attacked again", "another strike": a new event, unless its incident's last report is within the hour.
          (!mine.fresh || distance <= FRESH_GAP_MS);
        // Drills are many a day, each announced for its own place: one chains only with a drill at that very place
        // (not a town of the same oblast), else threads on wording alone.
        const sameDrillPlace = mine.places.some((place) => theirs.places.includes(place));
        const chained = gap > 0 && distance <= gap && (!mineDrill || sameDrillPlace) && live;
        // An all-clear ends the alert still open on its topic and place, however long the alert lasted (the
        // incidents it may not join, those already cleared, were passed over above).
        // (Or an alert reported only in words the classifier read as a live alarm: "🔴 Київ: шахеди в межах міста, Оболонь/Поділ.
        // Чути двигуни", "Drone debris damaged a building in Podil … The attack is ongoing".)
        const closes = !chained && gap > 0 && mine.phase === 'all-clear' && member.time <= probeTime && (incident.threat || incident.alarmed);
        // A follow-up of an event on the place its topic is bound to ("Вночі сили ППО знешкодили всі дев'ять дронів, що
        // летіли на столицю" after the night's alert and all-clear) needs no shared wording: its words look back to it.
        const lookedBack = mine.followUp && events.length > 0 && bound;
        if (!chained && !closes && (mine.phase === 'threat' || (!lookedBack && similarity < (samePlace && !mineDrill ? placeNeeds : threshold)))) continue;
        if (!chained && superseded(candidate.incidentId, linking)) continue;
        // On topics with no place of their own and no time chain (troops, talks), a front's or a ministry's news of
        // the day reads alike from event to event: routine reports match on wording only when nearly restated, and a
        // routine report and an escalation (soldiers killed, a new force in combat) only when it looks back to it.
        if (gap === 0 && !shared.some((topic) => placeBound.has(topic))) {
          const mineGrade = gradeOf(probe.severity);
          const theirGrade = gradeOf(candidate.severity);
          const alike = mineGrade === theirGrade;
          if (mineGrade && theirGrade && similarity < routineThreshold && (alike ? mineGrade === 'routine' && !samePlace : !mine.followUp)) continue;
        }
        // Beyond its chain, an all-clear ends an alert or nothing: it does not join an impact report by wording; and
        // another report joins an attack's incident only as a follow-up: its impact, or words that look back to it.
        if (!chained && mine.phase === 'all-clear' && !closes) continue;
        // An impact report without such words follows an attack only within two of its chain's gaps.
        if (!chained && !closes && gap > 0 && (mine.fresh || (!mine.followUp && !(mine.impact.size > 0 && distance <= 2 * gap)))) continue;
        // The same district weighs more than the same city: a morning follow-up on the night's Darnytskyi strike goes
        // with it rather than with a daytime alert still in its chain.
        const score =
          similarity + (chained ? 1 - distance / gap : closes ? 1 - distance / windowMs : 0) + (specific ? 1 : samePlace ? 0.5 : 0);
        if (best && score <= best.score) continue;
        const words = [...events.map((topic) => kindOf(theirs, topic)!), ...(samePlace ? theirs.places : [])];
        const why = chained
          ? `${Math.round(distance / 60_000)} min after it on ${shared.join(', ')}`
          : closes
            ? `the all-clear of its alert, ${Math.round(distance / 60_000)} min after it on ${shared.join(', ')}`
            : `shared ${words.slice(0, 5).map((word) => `'${word}'`).join(', ')} (similarity ${similarity.toFixed(2)})`;
        best = { candidate, score, why };
      }
      if (!best) return null;
      return { incidentId: best.candidate.incidentId, reason: `same incident as ${best.candidate.id}: ${best.why}` };
    },
  };
}

/** The topics two lists share (the first list itself when all of it is shared), or undefined for none. */
function sharedTopics(theirs: readonly string[], mine: readonly string[]): readonly string[] | undefined {
  let all = true;
  let any = false;
  for (const topic of theirs) {
    if (mine.includes(topic)) any = true;
    else all = false;
  }
  if (!any) return undefined;
  return all ? theirs : theirs.filter((topic) => mine.includes(topic));
}

/** Members by time, newest first (stable); candidates usually come newest or oldest first, so no sort is needed. */
function newestFirst<T extends { time: number }>(members: T[]): T[] {
  let descending = true;
  let ascending = true;
  for (let i = 1; i < members.length; i++) {
    if (members[i]!.time > members[i - 1]!.time) descending = false;
    else if (members[i]!.time < members[i - 1]!.time) ascending = false;
  }
  if (descending) return members;
  // Reversing an ascending run would reverse equal times too: sort, which keeps them in the given order.
  if (ascending && members.every((member, i) => i === 0 || member.time !== members[i - 1]!.time)) return [...members].reverse();
  return [...members].sort((a, b) => b.time - a.time);
}

/** A report's grade for threading: routine news (minor, moderate) or an escalation (severe, extreme); unknown: none. */
function gradeOf(severity: Severity | undefined): 'routine' | 'escalation' | undefined {
  if (severity === 'minor' || severity === 'moderate') return 'routine';
  if (severity === 'severe' || severity === 'extreme') return 'escalation';
  return undefined;
}

/**
 * The classifier's grade decides a threat: a threat's words in a report it graded as an attack's result (severe or
 * moderate: "Під час денної тривоги над Києвом сили ППО збили дві балістичні ракети, пошкоджень немає") tell of an alert,
 * not a new one. Not below that: a condition or guidance ("якщо оголосять тривогу…") stays apart, as a threat would.
 */
function gradedPhase(features: Features, severity: Severity | undefined): Features['phase'] {
  return features.phase === 'threat' && (severity === 'severe' || severity === 'moderate') ? 'other' : features.phase;
}

/** The features with the phase the classifier's grade gives them (gradedPhase). */
function asGraded(features: Features, severity: Severity | undefined): Features {
  const phase = gradedPhase(features, severity);
  return phase === features.phase ? features : { ...features, phase };
}

/** True when a text reports an attack or another event: any topic's terms, or a threat or impact rule. */
function reportsEvent(features: Features): boolean {
  return features.events.size > 0 || features.impact.size > 0;
}

/** A report of an alarm: its words' (an extreme rule's, a threat's) or the classifier's (extreme). */
function alarmed(features: Features, severity: Severity | undefined): boolean {
  return features.alarm || features.phase === 'threat' || severity === 'extreme';
}
