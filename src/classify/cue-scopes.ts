// Where an alarm word does not report an alarm: conditionals, negations, names and figures of speech (EN and UK).
import { firstStartingAtOrAfter, isDecimalPoint, isThousandsComma, type TermHit, type TokenSpan, type TokenizedText } from './term-index.js';

/**
 * - `conditional`: "if an air-raid alert is declared", "у разі загрози", "what to do if…": no alert is reported.
 * - `negation`: "no damage or injuries", "тривоги не було": the cue is denied.
 * - `name`: a club, venue, brand, event or dateline that contains a place or a war word ("Dynamo Kyiv", "Rocket
 *   League", "drone show", "кав'ярня «Укриття»", "KYIV, Jan 13 (Reuters) -").
 * - `figurative`: a war word used as a figure of speech ("a barrage of questions").
 */
export type ScopeKind = 'conditional' | 'negation' | 'name' | 'figurative';

/** Tokens [start, end) where cues do not count, and the words that say so (quoted in reasons). */
export interface CueScope extends TokenSpan {
  kind: ScopeKind;
  /** The words a reason quotes: the condition ("if an air-raid alert is declared"), the negated words, the name. */
  quote: TokenSpan;
  /** A negation's negating word: a cue containing it is a negative phrase itself ("no damage", "без світла"). */
  marker?: TokenSpan;
}

// Words that open a condition or a hypothetical. "When"/"коли" are left out: "two were hurt when a drone hit" is a
// report, not a condition.
const CONDITIONAL = [
  'if', 'unless', 'whether', 'every time', 'each time', 'щоразу', 'кожного разу', 'кожен раз', 'in case',
  'in the event', 'should the', 'should an', 'should a', 'should russia', 'should moscow', 'should the kremlin',
  'should drones', 'should missiles', 'should sirens', 'якщо', 'якщоб',
  'коли б', 'у разі', 'в разі', 'у випадку', 'в випадку', 'на випадок', 'як тільки', 'щойно', 'as soon as',
  // "When" of a rule, not of a report: "When the siren sounds, go to the nearest shelter", "коли лунає тривога, ідіть…".
  'when the siren sounds', 'when the sirens sound', 'when sirens sound', 'when an alert sounds', 'when the alert sounds',
  'when an air-raid alert', 'when an air raid alert', 'when you hear', 'коли лунає', 'коли лунають', 'коли звучить',
  'коли оголошують', 'коли оголосять', 'коли чуєте', 'коли почуєте', 'when the air-raid alert sounds',
  'when the air raid alert sounds', 'when the air-raid siren sounds', 'when the air raid siren sounds', 'when an alert is declared',
  // With the place between, and as people tell their habit ("Коли над Києвом лунає сирена, Олена бере синів…", "When the
  // sirens go off at night, I grab the cat").
  'коли * лунає', 'коли * * лунає', 'коли * лунають', 'коли * * лунають', 'when the sirens go off', 'when sirens go off',
  'when the siren goes off',
  // What someone does whenever they hear it ("Коли кіт чує «зліт МіГ-31К» раніше за застосунок…").
  'коли * чує', 'коли * чують', 'when * hears', 'when my * hears', 'when your * hears',
  // The next alert is one to come: "When the next alert is declared in Kyiv, metro stations will open as shelters"
  // (not "when the next wave hit Kyiv", a report; a past form after it makes any "when" one, see the scopes).
  'when the next alert', 'when the next air raid alert', 'when the next air-raid alert', 'when the next siren',
  'коли наступного разу', 'наступного разу, коли',
  // What an alert would do, told as a plan: "an alert mid-race would send runners to shelters along the route".
  'would send',
];
/**
 * An alarm said to sound, in a condition, whether or not its words are a rule's cue ("If the alarm goes off during the
 * exam: …", "якщо пролунає сирена"); not an alarm merely named ("If you missed the siren: …").
 */
const ALERT_MENTION = /^(?:alarm|alarms|siren|sirens|alert|alerts|сирен[аиуоіє]?|сиренами|тривог[аиуоією]?|тривогою)$/u;
const ALARM_SOUNDING = new Set(['goes', 'go', 'sounds', 'sound', 'declared', 'announced', 'пролунає', 'пролунають', 'лунає',
  'лунають', 'оголосять', 'оголошують', 'увімкнуть', 'ввімкнуть', 'звучить', 'спрацює']);
// Words that make a whole sentence imagined or advice: "Imagine a missile heading for Kyiv: how long to reach a shelter?"
const HYPOTHETICAL = [
  'what if', 'suppose', 'supposing', 'imagine', 'hypothetical*', 'scenario', 'уявімо', 'уявіть', 'уявімо собі',
  'припустимо', 'гіпотетичн*', 'сценарі*',
  // Guidance: "What to do if you hear explosions: stay away from windows".
  'what to do', 'how to act', 'how to behave', 'що робити', 'як діяти', 'як поводитися', 'правила поведінки',
  'пам\'ятка', 'пам\'ятку',
];
// Past forms within a few words after "щойно" that make it "just now", not "as soon as" ("Щойно дали відбій", "Щойно в
// Одесі оголосили тривогу"), a past verb right after it ("щойно пролунала серія вибухів"), and a span of time after
// "за" ("щойно за 20 хвилин після відбою знову сирени"; not "щойно за вікном почуєте вибухи").
const JUST_PAST_FORMS = new Set(['оголосили', 'оголошено', 'дали', 'скасували', 'зняли', 'пролунав', 'пролунала', 'пролунали',
  'почалася', 'почалась', 'розпочалася', 'влучила', 'влучили', 'влучив', 'збили', 'зафіксували', 'прилетіло', 'прилетіла',
  'прилетіли', 'оголосила', 'оголосив']);
const JUST_PAST = /(?:ла|ло|ли|лася|лося|лись|лися|лась|ув|ив|ав|ів)$/u;
const JUST_WITHIN = /^(?:\d+|кілька|декілька|пару|пів|годину|хвилину|п'ять|десять|два|дві|три|чотири|двадцять|півгодини)$/u;

// A verb in the present or future within four words after "щойно" makes it "as soon as" ("щойно оголосять тривогу",
// "щойно пролунає сирена", "щойно почуєте вибухи"); with none it is "just now" ("Щойно нова серія вибухів у місті").
const PRESENT_OR_FUTURE = /[а-яіїєґ'](?:ає|яє|ує|ює|ить|ать|ять|уть|ють|еш|єш|иш|ете|єте|ите|емо|ємо|имо|иться|еться|ається|яється|ується|юється|уться|ються|ме|муть)$/u;
const PRESENT_OR_FUTURE_WORDS = new Set(['буде', 'будуть', 'будете', 'є']);

/**
 * True when the "щойно" at `marker` says "just now": a past form follows within three words, time after "за", a dash,
 * or no verb in the present or future within four words.
 */
function saysJustNow(tokenized: TokenizedText, marker: TermHit): boolean {
  const { tokens, text } = tokenized;
  const next = tokens[marker.end]?.word ?? '';
  // Closing its clause ("Два гучних вибухи на Позняках щойно, діти прокинулись"): "as soon as" always opens one.
  if (tokens[marker.end] === undefined || /^\s*[,.!?;)]/u.test(text.slice(tokens[marker.end - 1]!.end, tokens[marker.end]!.start))) return true;
  if ([0, 1, 2].some((ahead) => JUST_PAST_FORMS.has(tokens[marker.end + ahead]?.word ?? ''))) return true;
  // The four words after it, up to a break.
  const ahead: string[] = [];
  for (let at = marker.end; at < marker.end + 4 && (tokens[at]?.word ?? '') !== ''; at++) ahead.push(tokens[at]!.word);
  if (!ahead.some((word) => PRESENT_OR_FUTURE.test(word) || PRESENT_OR_FUTURE_WORDS.has(word))) return true;
  if (next === 'за' && JUST_WITHIN.test(tokens[marker.end + 1]?.word ?? '')) return true;
  return JUST_PAST.test(next) || /^\s*[—–:-]/u.test(text.slice(tokens[marker.end - 1]!.end, tokens[marker.end]?.start ?? text.length));
}
// After a "when" marker, a past auxiliary makes it a report: "The ceremony was cut short when an air-raid alert was
// declared".
const PAST_AUXILIARIES = new Set(['was', 'were', 'had']);
// English past forms after "as soon as": an auxiliary, a regular past, or a common irregular one.
const IRREGULAR_PAST = new Set(['hit', 'struck', 'rang', 'began', 'came', 'went', 'flew', 'fell', 'shook', 'blew', 'broke', 'sounded']);
const saysPast = (word: string): boolean => PAST_AUXILIARIES.has(word) || IRREGULAR_PAST.has(word) || /[a-z]{2}ed$/.test(word);
// A rule for every alert, not a report of one: "During every air-raid alert, go to the nearest shelter", "Під час
// кожної тривоги просимо йти в укриття", "Whenever you hear an alert, head to the shelter". Like a condition about an
// alert, with its consequence, whether or not the condition names a cue itself.
const STANDING = [
  'during every', 'during each', 'during any', 'whenever', 'під час кожної', 'під час кожного', 'під час будь-якої',
  'під час будь-якого', 'при кожній', 'при будь-якій',
  // Alerts in the plural, or "an alert" for as long as it lasts: "During alerts, counters close", "Під час тривог
  // бібліотека не працює", "Branches close for the duration of an air-raid alert".
  'during alerts', 'during air-raid alerts', 'during air raid alerts', 'під час тривог', 'під час повітряних тривог',
  'for the duration of an', 'for the duration of any',
];
// "During an alert" without "this" or "the": a rule only with advice beside it in its sentence ("Під час тривоги
// потрібно пройти до укриття", "During an air raid alert, stay away from windows"); a report otherwise ("Під час
// тривоги у Києві пролунали вибухи").
const GENERIC_DURING = [
  'під час тривоги', 'під час повітряної тривоги', 'під час обстрілу', 'під час обстрілів', 'під час атаки',
  'під час атак', 'під час масованих атак', 'during an alert', 'during an air raid', 'during an air-raid',
  'during a raid', 'during an attack', 'during attacks', 'during air raids', 'during shelling', 'на час тривоги',
  'на час повітряної тривоги', 'з початком тривоги', 'з початком повітряної тривоги', 'під час ракетного удару',
  'під час ракетної атаки', 'під час атаки дронів', 'під час атаки шахедів', 'during a missile strike',
  'during a missile attack', 'during a drone attack', 'після сигналу', 'after the signal',
];
// An institution's rules named before "during an alert" in its sentence frame it as one, whatever place the sentence
// names ("Кінотеатри столиці працюють за звичним правилом: під час тривоги сеанс зупиняється", "Exam regulations: during
// an air-raid alert the exam is suspended").
const RULE_FRAMES = [
  'правила', 'правилами', 'правилом', 'правило', 'регламент', 'регламенту', 'регламентом', 'порядок роботи', 'rules',
  'regulations', 'procedure', 'procedures', 'policy', 'faq',
];
/** A verb in the future tense: "продовжуватимуться", "працюватиме", "буде", "will". */
function isFutureWord(word: string): boolean {
  return FUTURE_WORDS.has(word) || /[а-яіїєґ]{2}тим(?:у|еш|е|емо|ете|уть)(?:ся|сь)?$/.test(word);
}
// A verb in the first person plural ("проведемо", "призупинимо", "повідомимо"): what the writer will do.
const PLAN_ENDING = /[а-яіїєґ'](?:емо|имо|ємо|їмо)$/u;
const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'буде', 'будуть', 'будемо']);
// A Ukrainian verb in the third person of the present ("спускаються", "переходять", "призупиняє", "зачиняються"):
// beside "during an alert" with nothing reported, what is done at every alert.
const HABIT_ENDING = /[а-яіїєґ'](?:ають|яють|ують|юють|ять|ать|ться|ає|яє|ує|ює|ить)$/u;
// Words with such an ending that are no verb, or verbs that report now whatever "during an alert" says.
const NOT_HABIT = new Set(['п\'ять', 'дев\'ять', 'десять', 'пам\'ять', 'мить', 'дитять']);
// English verbs of the present that tell what is done ("the exam is suspended and students move to the shelter").
const HABIT_WORDS: ReadonlySet<string> = new Set([
  'continue', 'continues', 'close', 'closes', 'stop', 'stops', 'pause', 'pauses', 'move', 'moves', 'keep', 'keeps',
  'remain', 'remains', 'resume', 'resumes', 'suspend', 'suspends', 'is suspended', 'are suspended', 'halt', 'halts',
  'go', 'goes', 'stay', 'stays', 'open', 'opens', 'serve', 'serves', 'take', 'takes', 'lead', 'leads',
]);
const isHabitWord = (word: string): boolean => HABIT_WORDS.has(word) || (HABIT_ENDING.test(word) && !NOT_HABIT.has(word) && word.length > 4);
interface VerbRuleTables {
  after: Int32Array;
  before: Int32Array;
  reportsUpTo: Int32Array;
  quietTo: Int32Array;
}
// Words of a report now or of its impact: a clause that has one is no rule's, whatever advice it gives ("Під час
// тривоги у Києві лунають вибухи — залишайтеся в укриттях", "During an attack on Kyiv, debris hit a house, residents
// must stay in shelters").
const LIVE_REPORT = [
  'зараз', 'now', 'right now', 'currently', 'наразі', 'вже', 'already', 'still', 'досі', 'триває', 'тривають', 'ongoing',
  'under way', 'underway', 'лунають', 'лунає', 'чути', 'heard', 'працює', 'працюють', 'is working', 'are working',
  'горять', 'горить', 'burning', 'on fire', 'hit', 'hits', 'struck', 'влучил*', 'влучання', 'пошкоджен*', 'damaged',
  'загинул*', 'killed', 'wounded', 'injured', 'поранен*', 'уламк*', 'debris', 'пролунал*', 'атакують', 'летять',
  'heading', 'inbound', 'incoming', 'are falling', 'падають', 'because', 'бо', 'адже', 'летить', 'кружляє', 'кружляють',
  'на підльоті', 'над містом', 'over the city', 'мопеди над', 'мопед над', 'дрони над', 'дрон над', 'шахеди над',
  'шахед над', 'ракети над', 'ракета над', 'drones over', 'drone over', 'missiles over',
  // Just begun: "Під час тривоги, яка щойно почалася в Києві, …".
  'щойно', 'just', 'minutes ago', 'хвилин тому',
];
// The LIVE_REPORT verbs of air defence at work, which report nothing when what works is said to serve as something.
const WORKS: ReadonlySet<string> = new Set(['працює', 'працюють', 'working']);
const SERVES_AS: ReadonlySet<string> = new Set(['як', 'as']);
// Advice: a modal of obligation or a request (an imperative is told by its form, see `adviceTables`).
const ADVICE = [
  'потрібно', 'треба', 'слід', 'варто', 'необхідно', 'рекомендуємо', 'рекомендують', 'радимо', 'радять', 'просимо',
  'нагадуємо', 'пам\'ятайте', 'should', 'must', 'need to', 'needs to', 'have to', 'has to', 'are advised', 'is advised',
  'are urged', 'are asked to', 'is recommended', 'recommend*', 'remember to', 'please', 'reminds', 'reminded',
  'remind', 'reminder', 'нагадує', 'нагадують', 'нагадали', 'радить', 'радять', 'мають бути', 'має бути', 'повинні', 'повинен',
  'повинна', 'зобов\'язані',
];
// Advice words that frame what follows as a reminder or a recommendation (see `remindedBefore`).
const REMINDERS = new Set([
  'reminds', 'remind', 'reminded', 'reminder', 'нагадує', 'нагадують', 'нагадуємо', 'нагадали', 'радить', 'радять', 'радимо',
  'рекомендуємо', 'рекомендують',
]);
// A Ukrainian imperative, plural or polite ("йдіть", "залишайтеся", "виходьте"), by its ending after a letter.
const IMPERATIVE_ENDING = /[а-яіїєґ'](?:йте|іть|ітьс[яь]|йтеся|йтесь|ьте|ьтеся|ьтесь)$/u;
// A verb in the second person plural ("почуєте", "побачите").
const SECOND_PERSON_ENDING = /[а-яіїєґ'](?:ете|єте|ите)$/u;
// Words with an imperative's ending that are not one: "навіть" ("even"), "сіть" (a net).
const NOT_IMPERATIVE = new Set(['навіть', 'сіть', 'кліть', 'повіть']);
export const isImperative = (word: string): boolean => IMPERATIVE_ENDING.test(word) && !NOT_IMPERATIVE.has(word);
/** An imperative or a verb in the second person plural: the reader is addressed ("йдіть", "почуєте", "залишайтеся"). */
const addressesReader = (word: string): boolean => isImperative(word) || (SECOND_PERSON_ENDING.test(word) && !NOT_IMPERATIVE.has(word));
// English imperatives that open advice: "During an air raid alert, stay away from windows".
const IMPERATIVE_OPENERS = new Set([
  'go', 'stay', 'head', 'move', 'take', 'keep', 'avoid', 'remain', 'follow', 'close', 'do', 'don\'t', 'use', 'find',
  'seek', 'get', 'leave', 'hide', 'lie', 'never', 'always', 'switch', 'turn', 'pack', 'prepare', 'check',
]);
// Negators whose scope runs forward over the next few words: "no damage or injuries", "not under attack", "без жертв";
// "calm" denies as well ("calm in Kyiv", "Kyiv remains calm").
const NEGATION_FORWARD = [
  'no', 'not', 'nor', 'neither', 'without', 'none', 'nobody', 'no one', 'zero', 'there were no', 'there was no',
  'calm', 'quiet', 'не', 'ні', 'без', 'немає', 'нема', 'жодн*', 'відсутн*', 'спокійно', 'тихо', 'was spared',
  'were spared', 'вберігся від', 'вберіглася від', 'вберіглися від',
];
// What joins a list's last item: "загиблих, постраждалих і руйнувань немає".
const LIST_JOINS: ReadonlySet<string> = new Set(['і', 'й', 'та', 'чи', 'або', 'and', 'or', 'nor']);
/** Most items of such a list read before its clause. */
const LIST_ITEMS = 6;
// Words that end a forward negation: what follows them is not denied.
const NEGATION_STOPS = new Set(['as', 'while', 'whereas', 'but', 'а', 'але', 'проте', 'однак']);
// Negators that follow what they deny: "тривоги не було", "постраждалих немає", "вибухів не чути".
const NEGATION_BACKWARD = [
  'немає', 'нема', 'не було', 'не зафіксовано', 'не зафіксували', 'не фіксували', 'не виявлено', 'не надходило',
  'не надходила', 'не надходили', 'не лунали', 'не лунала', 'не чути', 'не оголошували', 'не оголошено', 'не сталося',
  'не оголошувалася', 'не оголошувалась', 'не оголошувався', 'не оголошувались', 'не оголошувалися', 'не вмикалися', 'не вмикались',
  'did not have to', 'didn\'t have to', 'не довелося', 'не знадобилося', 'did not sound', 'didn\'t sound',
  // Nothing reported ("Станом на ранок про руйнування чи постраждалих не повідомляли").
  'не повідомляли', 'не повідомлялося', 'не повідомляється',
  // None recorded now ("Повітряні сили повідомляють, що наразі пусків не фіксують").
  'не фіксують', 'не фіксуємо', 'не фіксується', 'не фіксуються',
  // A rule of the warning system ("…, а тривогу не оголошують").
  'не оголошують', 'не оголошується',
  'did not go off', 'didn\'t go off', 'were not heard', 'was not heard', 'не потрібно', 'не треба', 'не потрібне',
  'відсутні', 'calm', 'quiet', 'спокійно', 'тихо', 'has no alert', 'has no alerts', 'is all quiet', 'all quiet',
  'без тривоги',
];
// Not negations: imperatives ("do not leave shelters" calls for shelter), "not only", "no fewer than".
const NOT_NEGATION = [
  'do not', 'don\'t', 'dont', 'must not', 'should not', 'not to leave', 'not to go', 'not to ignore', 'never',
  'not only', 'not just', 'no fewer', 'no less',
  'not less', 'not far', 'no longer than', 'не лише', 'не тільки', 'не менше', 'не менш', 'не далеко', 'неподалік',
  'не виходьте', 'не залишайте', 'не покидайте', 'не ігноруйте', 'не нехтуйте', 'не знімайте', 'не наближайтеся',
  'не підходьте', 'не торкайтеся', 'не публікуйте', 'не поширюйте',
  // An end denied is the alert going on: "The mayor has not lifted the air-raid alert", "У Києві ще не зняли тривогу".
  'not lifted', 'not yet lifted', 'not been lifted', 'not yet been lifted', 'not called off', 'not been called off',
  'not ended', 'not yet ended',
  // With the alert after it (not "матч не скасували через тривогу": the match went on).
  ...['не скасували', 'не скасовано', 'не зняли', 'не знято', 'не завершено', 'не завершили'].flatMap((not) =>
    [`${not} тривогу`, `${not} повітряну тривогу`]),
];
// The head of a name built on a place ("Kyiv Post", "Kyiv Day", "Kyiv Food Market"): a name only when capitalised.
const PLACE_NAME_HEADS = [
  'post', 'independent', 'pride', 'marathon', 'market', 'mall', 'day', 'days', 'week', 'festival', 'fest', 'forum',
  'cup', 'open', 'orchestra', 'symphony', 'opera', 'ballet', 'philharmonic', 'school', 'polytechnic', 'university',
  'academy', 'hotel', 'cinema', 'studio', 'arena', 'airlines', 'biennale', 'jazz', 'book', 'film', 'fashion',
];
// The head of a name built on a war word: "drone show", "Rocket League", "Bomb Factory", "Shelter Bar".
const WAR_NAME_HEADS_ANY_CASE = [
  'show', 'shows', 'league', 'racing', 'race', 'races', 'festival', 'fest', 'tournament', 'championship', 'cup',
  'light show', 'display', 'escape room', 'quest', 'app', 'application', 'застосунок', 'застосунку', 'run', 'runs',
  'шоу',
];
const WAR_NAME_HEADS = [
  'gym', 'club', 'bar', 'cafe', 'café', 'band', 'factory', 'studio', 'records', 'restaurant', 'pub', 'fitness', 'games',
  'game', 'team', 'burger', 'pizza', 'brewery', 'coffee', 'shop', 'store', 'lounge', 'hostel', 'theatre', 'theater',
  'command', 'studios', 'street', 'avenue', 'lane', 'square', 'boulevard', 'labs', 'lab', 'tech', 'technologies',
  'systems', 'solutions', 'ventures',
];
// A word that comes before a name: "FC Obolon", "Hotel Kyiv", "chicken Kyiv".
const NAME_PREFIXES = ['fc', 'фк', 'hotel', 'cafe', 'café', 'club', 'bar', 'chicken', 'operation', 'dynamo', 'динамо'];
// A noun before a quoted name: кав'ярня «Укриття», фестиваль «Ракета», the "Shelter" bar.
const NAME_NOUNS = [
  'кафе', 'кав\'ярн*', 'клуб*', 'фестивал*', 'гурт*', 'ресторан*', 'бар', 'бару', 'барі', 'трц', 'тц', 'готел*',
  'кінотеатр*', 'театр*', 'компані*', 'бренд*', 'магазин*', 'мереж*', 'шоу', 'турнір*', 'фільм*', 'серіал*',
  'команд*', 'спортзал*', 'стадіон*', 'ринок', 'ринку', 'жк', 'видання', 'журнал*', 'газет*', 'програм*', 'проєкт*',
  'пісн*', 'альбом*', 'книг*', 'квест*', 'гра', 'гри', 'грі', 'грою', 'festival', 'café', 'cafe', 'club', 'bar',
  'band', 'restaurant',
  // A party, a scooter named so ("вечірка «Повітряна тривога»", "назвав свій електросамокат «Шахед»").
  'вечірк*', 'party', 'електросамокат*', 'самокат*', 'scooter',
  // A game, a drink, a bike, a cocktail named so ("випустила в Steam гру «Повітряна тривога: Київ»", "Енергетик «Ракета»",
  // "Велосипеди «Ракета»", "коктейлі «Відбій», «Балістика»").
  'гру', 'енергетик', 'велосипед*', 'коктейл*',
  'hotel', 'cinema', 'company', 'brand', 'shop', 'store', 'show', 'game', 'film', 'series', 'team', 'gym', 'venue',
  'album', 'song', 'book', 'quest', 'project', 'magazine', 'newspaper', 'app', 'застосун*', 'додат*', 'стартап*',
  'startup', 'симфоні*', 'symphony', 'книжк*', 'кімнат*', 'вистав*', 'п\'єс*', 'мюзикл*', 'сингл*', 'трек*', 'кліп*',
  'роман*', 'вірш*', 'подкаст*', 'книжка тижня', 'книга тижня',
  'епізод*', 'play', 'single', 'track', 'novel', 'poem', 'musical', 'opera', 'podcast', 'episode', 'documentary',
  // Films by their genre: "покажуть комедію «Сирена»".
  'комеді*', 'драм*', 'трилер*', 'мелодрам*', 'мультфільм*', 'стрічк*', 'comedy', 'drama', 'thriller', 'movie', 'cartoon',
  // Exhibitions: "Фотовиставка «Трасери над Києвом»".
  'фотовистав*', 'виставк*', 'exhibition', 'exhibit',
  // Drinks by their kind: "випустила лагер «Сирена»".
  'лагер*', 'пиво', 'пива', 'сидр*', 'вино', 'настоянк*', 'beer', 'lager', 'cider', 'wine',
  // Shops and galleries: "Shelter, a new bookshop in Podil".
  'bookshop', 'bookstore', 'книгарн*', 'bakery', 'пекарн*', 'gallery', 'галере*', 'pub', 'паб',
];
// War words that take "of" and a mass noun: literal with weapons ("a barrage of missiles"), figurative otherwise.
const COLLECTIVE = ['barrage', 'salvo', 'volley', 'onslaught', 'bombardment', 'hail', 'blitz', 'шквал', 'залп'];
// What words fly in a figure of speech: "a barrage of questions", "атакували мерію запитами", "вибух емоцій".
const ABSTRACT = [
  'taxes', 'new tax*', 'regulation*', 'bureaucra*', 'податк*', 'question*', 'criticism', 'critics', 'complaint*', 'comments', 'emails', 'messages', 'phone calls', 'requests',
  'accusations', 'praise', 'likes', 'memes', 'jokes', 'insults', 'abuse', 'demands', 'petitions', 'emotions',
  'emotion', 'ideas', 'creativity', 'colour*', 'color*', 'flavour*', 'flavor*', 'laughter', 'applause', 'headlines',
  'tweets', 'spam', 'press freedom', 'democracy', 'free speech', 'запит*', 'запитан*', 'питанн*', 'питань',
  'критик*', 'скарг*', 'коментар*', 'листами', 'листів', 'дзвінк*', 'повідомленнями', 'повідомлень', 'вимог*', 'звинувачен*',
  'емоц*', 'лайк*', 'меми', 'мемами', 'мемів', 'жарт*', 'петиці*', 'оплеск*', 'сміх*', 'кольор*', 'смак*', 'ідей',
  'ідеями',
  'свобод* слова', 'демократі*', 'popularity', 'популярн*', 'interest', 'інтерес*', 'demand', 'попит*', 'sales',
  'продаж*', 'bookings', 'бронюван*', 'prices', 'ціни', 'цін', 'корупці*', 'corruption', 'бюрократ*', 'bureaucracy',
  'гаманц*', 'wallets', 'репутаці*', 'reputation',
];

/**
 * Words that say an alarm is happening now, against a look-back or a debunk elsewhere in the update: "Exactly a year ago
 * … . Tonight Kyiv is under attack again: explosions right now", "«Це фейк», — казали вчора. А зараз у Києві справді
 * вибухи". They never make an alarm; they keep a look-back or a debunk from silencing one (see `releases`).
 */
/**
 * Words an update uses only of the war's attacks and their aftermath, or of the talks to end it: with one named (outside a name), the learned
 * check's "no war news" does not move the update to the fallback topic ("У Києві на Подолі після падіння уламків
 * закрили кав'ярню" is the attack's aftermath, whatever its place words taught the check). Not the words that are
 * also metaphors or names ("вибухнули ціни", "Ракета-5К", "атакував рій бджіл").
 */
export const WAR_EVIDENCE: readonly string[] = [
  'уламк*', 'debris', 'wreckage', 'shrapnel', 'приліт*', 'прильот*', 'влучан*', 'влучил*', 'влучив', 'shockwave',
  'вибухов* хвил*', 'air raid*', 'air-raid*', 'повітрян* тривог*', 'air defence', 'air defense', 'ппо', 'shahed*',
  'шахед*', 'ballistic', 'балістик*', 'missile strike*', 'drone strike*', 'drone attack*', 'missile attack*',
  'ракетн* удар*', 'ракетн* атак*', 'атак* дрон*', 'атак* шахед*', 'масован* атак*', 'масован* удар*', 'після атаки',
  'після атак', 'після удару', 'після ударів', 'після обстрілу', 'після обстрілів', 'після нічної атаки',
  'внаслідок атаки', 'внаслідок удару', 'внаслідок обстрілу', 'через атаку', 'через удар', 'через обстріл',
  'after the attack', 'after the strike', 'after the overnight', 'after last night\'s', 'after the drone', 'after the missile',
  'hit by a drone', 'hit by a missile', 'hit by drones', 'hit by missiles',
  // And the talks to end it: a meeting on a peace plan is diplomacy, however much its other words read like a city's
  // agenda ("У Києві відбулася зустріч радників … щодо мирного плану. Наступний раунд консультацій запланували на осінь").
  // (Not a truce, which fans and coffee prices have too: "Фанати … оголосили перемир'я перед матчем".)
  'мирн* план*', 'мирн* переговор*', 'мирн* угод*', 'мирн* саміт*', 'peace plan', 'peace talks', 'peace deal', 'peace summit',
  'peace formula', 'формул* миру',
];

/**
 * Words that deny an attack did damage (not only that it hurt no one): "Руйнувань і постраждалих немає", "без руйнувань",
 * "no casualties or damage", "уражень не зафіксовано", "No debris fell in the city". An air-defence result said with them is
 * moderate by the words themselves (LABELLING.md: a past attack with no impact), and the learned check does not raise it to
 * severe ("Після нічної атаки уламки ракети знайшли на полі за Бориспілем. Руйнувань і постраждалих немає"). Not "постраждалих
 * немає" or "no one was hurt" alone: damage with no one hurt is severe (clarification 5), and the check finds damage the
 * rules miss ("вибухова хвиля вибиває вікна …; постраждалих немає").
 */
export const DAMAGE_DENIED: readonly string[] = [
  'no damage', 'no reports of damage', 'no damage was reported', 'no damage reported', 'no damage was recorded', 'caused no damage',
  'nothing was damaged', 'nothing was destroyed', 'no buildings were damaged', 'no destruction', 'without damage', 'no debris fell',
  'no hits were recorded', 'no impact',
  'без руйнувань', 'без пошкоджень', 'без наслідків', 'обійшлося без руйнувань', 'наслідків не зафіксовано', 'наслідків немає',
  ...['руйнувань', 'пошкоджень', 'уражень', 'влучань'].flatMap((what) => [`${what} немає`, `${what} не зафіксовано`, `${what} не виявлено`,
    ...['і', 'та', 'чи'].flatMap((and) => ['постраждалих', 'загиблих', 'руйнувань', 'пошкоджень', 'влучань'].filter((other) => other !== what)
      .flatMap((other) => [`${what} ${and} ${other} немає`, `${what} ${and} ${other} не зафіксовано`]))]),
];

/**
 * A new alert after a look-back, said in the present: "Yesterday's strike killed three; this morning the capital is
 * under alert again" (not "was under alert again").
 */
const UNDER_ALERT_AGAIN = ['is', 'are'].flatMap((be) => [`${be} under alert again`, `${be} under air-raid alert again`,
  `${be} under an air-raid alert again`, `${be} once again under alert`, `${be} again under alert`,
  `${be} once again under air-raid alert`, `${be} again under air-raid alert`,
  // "…; this morning the city is again being shelled" (not "again being attacked by opposition MPs").
  ...['shelled', 'bombed'].flatMap((done) => [`${be} again being ${done}`, `${be} being ${done} again`, `${be} once again being ${done}`]),
  ...['hit', 'struck', 'attacked', 'targeted'].flatMap((done) => ['drones', 'missiles', 'ballistic missiles', 'cruise missiles', 'guided bombs', 'glide bombs', 'rockets', 'shaheds'].flatMap(
    (weapon) => [`${be} again being ${done} by ${weapon}`, `${be} being ${done} again by ${weapon}`]))]);

/**
 * An alert said to remain, its places perhaps between ("the nationwide alert, including in Kyiv, remains in place"): a
 * live threat (the built-in active-threat rule's terms) that says now outright (NOW_MARKERS).
 */
export const ALERT_STILL_ON: readonly string[] = ['', ' including in Kyiv', ' including Kyiv', ' including in the capital', ' including the capital'].flatMap(
  (places) => ['remains in place', 'remains in force', 'remains in effect', 'is still in place', 'is still in effect'].map((still) => `alert${places} ${still}`),
);

export const NOW_MARKERS: readonly string[] = [
  ...UNDER_ALERT_AGAIN,
  'is under attack', 'are under attack', 'is now under attack',
  'it\'s not over', 'it is not over', 'ще не кінець', 'зараз',
  'right now', 'at this moment', 'at this very moment', 'as we speak', 'tonight', 'просто зараз', 'прямо зараз',
  'поки ми говоримо', 'поки ми розмовляємо', 'while we speak', 'while we are speaking', 'саме зараз',
  'а зараз', 'але зараз', 'but now', 'в цю хвилину', 'цієї хвилини', 'сьогодні знову', 'цієї ночі знову',
  // An order to shelter now and an alert said to be on now: "Тривога в Києві — негайно пройдіть до укриття!", "an alert
  // is on now" (not "треба негайно евакуюватися", "закликав негайно посилити ППО").
  ...['в укриття', 'до укриття', 'в укриттях', 'прямуйте', 'пройдіть', 'йдіть', 'спускайтеся', 'спускайтесь', 'ховайтеся',
    'ховайтесь', 'залишайтеся', 'залишайтесь', 'спуститися', 'спуститись', 'пройти'].map((order) => `негайно ${order}`), 'is on now', 'are on now',
  // In English the order's own word of now after it: "Everyone in Kharkiv, take shelter now".
  ...['take shelter', 'go to shelters', 'go to a shelter', 'go to the shelters', 'seek shelter', 'take cover'].flatMap((order) =>
    [`${order} now`, `${order} immediately`]),
  // On now, whatever damage the same sentence reports.
  ...ALERT_STILL_ON,
];

/**
 * Words that say the alarm is real, against a drill, a test, a look-back or a debunk named anywhere in the update:
 * "Note: the siren test announced for today has been cancelled; this alert is real", "Навчання … перетворилися на
 * справжні". Not when denied ("це не справжня тривога") or quoted.
 */
export const REAL_MARKERS: readonly string[] = [
  'this is not a drill', 'this alert is real', 'the alert is real', 'this is a real alert', 'this time it is real',
  "this time it's real", 'це не навчання', 'тривога справжня', 'справжня тривога', 'перетворилися на справжні', 'перетворилося на справжню',
  'перетворилось на справжню', 'стали справжніми', 'turned into a real alert',
  // A test denied: "Today's sirens are not a test", "the siren is real this time — the test was yesterday".
  'are not a test', 'is not a test', 'real this time', 'це не тест', 'це не перевірка', 'тривога цього разу справжня',
  'цього разу тривога справжня', 'are a real alert', 'is a real alert', 'a real alert is now', 'real alert is in effect',
  // "The noon siren check was a test — this one is not: Kyiv, ballistic threat".
  'this one is not', 'this one isn\'t', 'this one is real', 'а ця справжня', 'ця тривога справжня',
  // A debunk of yesterday's story, then the real thing: "Now, however, the threat is real: …", "А от зараз усе по-справжньому: …".
  'the threat is real', 'this threat is real', 'are a real air-raid alert', 'is a real air-raid alert', 'are a real air raid alert',
  'is a real air raid alert', 'справжня повітряна тривога', 'справжню повітряну тривогу', 'усе по-справжньому', 'все по-справжньому', 'тепер по-справжньому',
  'зараз не навчання', 'тепер не навчання', 'now it is not a drill', 'this isn\'t a drill',
  // A real alert named as such, or as what took a drill's or a ceremony's place ("Показ … перервано: реальна повітряна
  // тривога", "Контрольовані підриви … зупинено: … це вже не підриви!", "The alert that replaced the scheduled siren test
  // is still in force", "Хвилина мовчання … переросла в тривогу").
  'реальна тривога', 'реальна повітряна тривога', 'це вже не підриви', 'це вже не навчання', 'це вже не перевірка',
  'replaced the scheduled siren test', 'replaced the siren test', 'instead of the siren test', 'замість перевірки сирен',
  'переросла в тривогу', 'переросла у тривогу', 'переросла в повітряну тривогу',
];

/**
 * Words that tell a threat as downed or over, retold or staged, or an all-clear as everywhere but some places: beside them
 * another place's all-clear still holds a threat back, and a test told as over lifts nothing (TEST_OVER_MARKERS): "Дві
 * крилаті ракети летять на Київ. Обидві збиті над Житомирщиною, там уже відбій", "Відбій тривоги скрізь, крім Сумщини",
 * "Шахеди курсом на Київ — це було о 2 ночі. Зараз на Чернігівщині відбій".
 */
export const ALL_CLEAR_ELSEWHERE_BLOCKERS: readonly string[] = [
  'збит*', 'збили', 'збито', 'знищен*', 'знищили', 'знешкоджен*', 'знешкодили', 'перехоплен*', 'перехопили', 'shot down',
  'downed', 'destroyed', 'intercepted', 'neutralised', 'neutralized',
  'скрізь', 'всюди', 'усюди', 'крім', 'окрім', 'everywhere', 'except', 'all regions', 'усіх областях', 'всіх областях',
  'це було', 'так було', 'that was', 'хроніка', 'recap', 'минулої ночі', 'last night', 'yesterday', 'вчора', 'учора', 'тиша', 'мінус',
  'ліквідован*', 'відпрацювал*', 'уже ні', 'вже ні',
  // A post retold, a trailer or a staged clip ("Шахеди курсом на Київ! — так писали о 3 ночі", "Це трейлер фільму").
  'писали', 'розсилали', 'трейлер*', 'trailer', 'кліп', 'постановк*', 'staged',
];

/**
 * What says a threat beside another place's all-clear is live now, besides an exclamation, a word of now or an order
 * ("Шахеди з Чернігівщини: там уже відбій, а в нас тільки почалось").
 */
export const JUST_STARTED: readonly string[] = ['тільки почалось', 'тільки почалося', 'тільки починається', 'лише почалось', 'just started',
  'has just started', 'just begun', 'is just beginning'];

/** The contrasts that turn a sentence to now after a test told as over ("…, а тепер …", "…, but now …"). */
export const CONTRAST_TURNS: readonly string[] = ['а тепер', 'а зараз', 'але тепер', 'але зараз', 'but now', 'but right now'];
/**
 * A test or drill told as over ("Перевірка сирен скінчилася о 12:05, а тепер крилаті ракети курсом на столицю!"): it lifts
 * the drill's hold on a threat said after it in its sentence, past a contrast that turns to now (CONTRAST_TURNS), in a
 * sentence that exclaims, asks nothing and is no condition or denial, with no drill named after it and no word of a threat
 * past, retold or staged (ALL_CLEAR_ELSEWHERE_BLOCKERS); not "Перевірку сирен завершено. У Києві лунали сирени — це була
 * перевірка", "Перевірка закінчилася. Тепер ви знаєте, як звучить сигнал, коли шахеди летять на Київ", "The siren test is
 * over, and now Kyiv residents can relax".
 */
export const TEST_OVER_MARKERS: readonly string[] = [
  ...['перевірка', 'перевірка сирен', 'перевірка системи оповіщення', 'перевірка гучномовців'].flatMap((test) =>
    ['скінчилася', 'закінчилася', 'завершилася'].map((over) => `${test} ${over}`)),
  'перевірку завершено', 'перевірку сирен завершено', 'навчання скінчилися', 'навчання закінчилися', 'навчання завершилися',
  ...['the test', 'the siren test', 'the drill', 'the exercise'].flatMap((test) => ['ended', 'has ended', 'is over', 'was over'].map((over) => `${test} ${over}`)),
];

/**
 * Yesterday's or last night's toll, the week's or the month's news, told before tonight's threat ("Вчора в Одесі
 * загинули двоє. Прямо зараз Одеса знову під атакою дронів"; "Росія казала, що цього тижня не битиме по Києву"): look-backs
 * only a word that says now outright lifts (STRONG_NOW_MARKERS), in a clause that does not talk of the threat
 * (TALK_OF_THE_THREAT).
 */
export const RECENT_LOOK_BACK_WORDS: readonly string[] = [
  'yesterday', 'вчора', 'учора', 'last night', 'минулої ночі', 'загинули', 'were killed', 'was killed', 'this week',
  'this month', 'цього тижня', 'цього місяця', 'вчорашн* вибух*', 'учорашн* вибух*', 'yesterday\'s explosions', 'yesterday\'s blasts',
  // Attacks repelled (a front's day, last night's defence) told before tonight's threat: "На Покровському напрямку
  // відбито 14 атак 🔹 у Києві просто зараз тривога".
  'відбито', 'відбили', 'repelled',
];

/**
 * Words that turn a post to now, at or before a live alarm in a sentence after everything that holds it back: "Учора в
 * Харкові загинули троє. Зараз Харків знову атакують", "Футбольний клуб переміг… Тим часом у Миколаєві оголошено
 * тривогу", "The council approved funds for underground classrooms. Explosions are rocking the city right now", "Update,
 * 22:50: the alert is back on in Kyiv". What came before (a look-back, a statement, a toll, news of another kind) then
 * holds back nothing after them; a drill or an event still does (they have releases of their own).
 */
export const TURN_MARKERS: readonly string[] = [
  'зараз', 'наразі', 'тим часом', 'водночас', 'увага', 'щойно', 'просто зараз', 'прямо зараз', 'саме зараз', 'в цю хвилину',
  'цієї хвилини', 'right now', 'currently', 'at the moment', 'at this moment', 'meanwhile', 'in the meantime', 'update',
  'upd', 'attention', 'breaking', 'терміново', 'has just been', 'have just been', 'was just', 'as we speak',
  'is still in effect', 'remains in effect', 'still in effect', 'is still in force', 'remains in force', 'still in force', 'now new', 'now more', 'now another', 'now a new', 'and now',
  'but now', 'тепер знову', 'а тепер', 'as of now', 'поки що',
  // The end denied: "…, але це ще не кінець — друга хвиля дронів уже над містом", "but it's not over yet".
  'ще не кінець', 'not over yet',
  // Air defence already at work, in the present ("Під час концерту оголосили тривогу. Глядачів просять пройти в укриття, над
  // лівим берегом уже працює ППО"; not "ППО вже відпрацювала").
  ...['вже', 'уже'].flatMap((already) => [`${already} працює ппо`, `${already} працюють ппо`, `ппо ${already} працює`, `${already} чути роботу ппо`]),
  'air defence is already working', 'air defence is already engaging', 'air defense is already working', 'air defense is already engaging',
  // The time of writing, after an article's background: "As this piece was being edited tonight, the air force warned of
  // drones heading toward Kyiv oblast", "На момент публікації в столиці триває тривога".
  ...['as this piece was', 'as this article was', 'as this story was', 'as this report was'].flatMap((piece) =>
    ['being edited', 'being written', 'being prepared', 'going to press'].map((done) => `${piece} ${done}`)),
  'at the time of writing', 'at the time of publication', 'as we went to press', 'as we go to press', 'на момент написання',
  'на момент публікації', 'на час публікації', 'поки ми писали', 'поки готувався цей матеріал', 'поки готували цей матеріал',
];

/**
 * Words that turn a post to now only as the first word of a sentence ("A memorial service was held this morning. Now,
 * an air-raid alert has been declared across Ukraine"; not "Sirens now sound at noon for a minute of silence").
 */
export const OPENING_TURN_MARKERS: readonly string[] = ['now', 'тепер'];

/**
 * Words that keep a turn to now from freeing a threat's words in their sentence: the work after an attack, calm, what
 * people joke about ("Right now, rescuers in the capital are still clearing rubble after the explosions", "Наразі в
 * області тихо, вибухи вранці були роботою ППО").
 */
export const TURN_BLOCKERS: readonly string[] = [
  'rescuers', 'rescue', 'rubble', 'clearing', 'restoring', 'repair*', 'calm', 'quiet', 'no threats', 'no threat', 'рятувальн*',
  'пошуков*', 'завал*', 'ліквідац*', 'відновлю*', 'ремонт*', 'тихо', 'спокійно', 'загроз* немає', 'немає загроз*', 'мем*',
  'жартують', 'були роботою', 'було роботою', 'були роботою ппо', 'typically', 'зазвичай', 'usually',
  // The aftermath looked into, or nothing more reported: "As of now, the cause of the explosions in Kyiv is unknown",
  // "Тепер на місці вибуху працюють слідчі", "no explosions have been reported since midnight".
  'cause of', 'causes of', 'investigat*', 'unknown', 'unclear', 'not been reported', 'no reports', 'no further',
  'cleared', 'причин*', 'розслідуван*', 'слідч*', 'невідом*', 'з\'ясовують', 'встановлюють', 'не надходило',
  'не повідомлял*', 'розчищають', 'прибирають',
];

/** Words that name where without naming a place: "the city", "місто", "the capital", the region. */
export const CITY_WORDS: readonly string[] = [
  'the city', 'the town', 'the capital', 'the region', 'the oblast', 'the district', 'місто', 'місті', 'міста', 'містом',
  'столиц*', 'область', 'області', 'районі', 'районах', 'громаді', 'громаду', 'околицях', 'околиці', 'oblast', 'district',
  'region',
];

/** The words of now that may lift a recent look-back: now said outright, not "сьогодні знову". */
export const STRONG_NOW_MARKERS: readonly string[] = [
  // An attack said to be under way now: "Bila Tserkva is under attack by drones. Last night's strike injured two".
  'is under attack', 'are under attack', 'is now under attack',
  'it\'s not over', 'it is not over', 'ще не кінець',
  'right now', 'at this moment', 'at this very moment', 'as we speak', 'tonight', 'просто зараз', 'прямо зараз',
  'поки ми говоримо', 'поки ми розмовляємо', 'while we speak', 'while we are speaking',
  'саме зараз', 'а зараз', 'але зараз', 'but now', 'в цю хвилину', 'цієї хвилини',
  ...UNDER_ALERT_AGAIN,
];

/** Words of a clause that talks of a threat rather than reports one: an interview, a video, memes, a meeting. */
export const TALK_OF_THE_THREAT: readonly string[] = [
  'про', 'about', 'розповідає', 'розповідають', 'говорить', 'говорили', 'interview*', 'інтерв\'ю', 'video*', 'відео',
  'meme*', 'мем*', 'spoke', 'speaks', 'talks', 'засідан*', 'ефір*', 'on air',
];

/** Words after which a sentence says something else: "All clear in Lviv, but missiles are heading for Kyiv". */
const CONTRAST_WORDS: ReadonlySet<string> = new Set(['but', 'however', 'whereas', 'meanwhile', 'але', 'проте', 'однак', 'а', 'натомість']);

/** "And", and the words of now that make it turn a sentence ("і саме зараз", "and right now"). */
const AND_WORDS: ReadonlySet<string> = new Set(['і', 'й', 'та', 'and']);
const NOW_WORDS: ReadonlySet<string> = new Set(['зараз', 'now']);
const NOW_LEADS: ReadonlySet<string> = new Set(['саме', 'просто', 'right']);

/** Words of an exception, which turn a sentence too: "Відбій по Київській області, крім Фастівського району — там тривога триває". */
const EXCEPTION_WORDS: ReadonlySet<string> = new Set(['except', 'крім', 'окрім']);

/** What follows such a word when it turns nothing: "а також" (as well as), "крім того" (besides). */
const NO_TURN_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['а', new Set(['також'])],
  ['крім', new Set(['того', 'цього'])],
  ['окрім', new Set(['того', 'цього'])],
]);

/**
 * How the word at `at` turns its sentence: 'contrast' ("але", "but", "а" but not "а також"), 'exception' ("крім",
 * "except", but not "крім того"), or undefined.
 */
export function turnAt(words: readonly { word: string }[], at: number): 'contrast' | 'exception' | undefined {
  const word = words[at]!.word;
  // "тим часом" (meanwhile) turns a sentence as "meanwhile" does; "тим часом як" (while) joins.
  if (word === 'тим' && words[at + 1]?.word === 'часом' && words[at + 2]?.word !== 'як') return 'contrast';
  // "And" with now right after it turns a sentence too ("Живий репортаж з концерту: гурт щойно зіграв …, і саме зараз у Києві
  // оголошено повітряну тривогу").
  if (AND_WORDS.has(word)) {
    const next = words[at + 1]?.word ?? '';
    if (NOW_WORDS.has(next) || (NOW_LEADS.has(next) && NOW_WORDS.has(words[at + 2]?.word ?? ''))) return 'contrast';
  }
  const kind = CONTRAST_WORDS.has(word) ? 'contrast' : EXCEPTION_WORDS.has(word) ? 'exception' : undefined;
  if (kind === undefined) return undefined;
  const next = words[at + 1]?.word;
  return next !== undefined && NO_TURN_AFTER.get(word)?.has(next) ? undefined : kind;
}

/** A bare "зараз": it lifts a look-back ("Рік тому … У Києві зараз повітряна тривога"), not a debunk. */
export const PLAIN_NOW_MARKERS: readonly string[] = ['зараз'];
/** Look-backs that are debunks: only a word of now other than a bare "зараз" lifts them. */
export const DEBUNK_WORDS: readonly string[] = ['fake', 'fakes', 'фейк*'];

/** A review of the month: what it counts is habitual ("our monthly review compares November in Kyiv with last winter"). */
export const MONTHLY_REVIEWS: readonly string[] = ['monthly review', 'our monthly', 'щомісячний огляд'];
/** A film's footage passed off as an attack ("A video of 'massive explosions in Kyiv' … is a clip from an action film"). */
export const FILM_CLIPS: readonly string[] = ['is a clip from', 'are clips from', 'was a clip from', 'кадри з фільму', 'кадри з бойовика',
  'уривок з фільму', 'фрагмент фільму'];

/** Hold-backs a word of now may lift: a look-back or an anniversary, a debunk ("a year ago", "річниця", "фейк"). */
export const LOOK_BACK_WORDS: readonly string[] = [
  'year ago', 'years ago', 'anniversary', 'рік тому', 'роки тому', 'років тому', 'річниц*', 'fake', 'fakes', 'фейк*',
  'спогад*', 'memories', 'yesterday\'s report', 'yesterday\'s reports',
  // A monthly review or a film's clip (held back by the rules that name them): unless a word of now turns to a threat ("Our
  // monthly review is delayed: ballistic missiles heading for Kyiv right now!").
  ...MONTHLY_REVIEWS, ...FILM_CLIPS,
  ...RECENT_LOOK_BACK_WORDS,
];

/**
 * Hold-backs that name an event an alert interrupts (a concert, a festival): they keep a report about the event out of
 * the alerts ("The concert will pause if an alert is declared"), but not an alert the update reports apart from it
 * ("Концерт … перервали: у Києві повітряна тривога"). Lifted by no word: by where and how the alert is said (see
 * `releasedFrom` in classifier.ts). Not fireworks: they are what bangs are mistaken for ("Fireworks, not explosions:
 * the loud bangs Obolon residents heard came from a wedding").
 */
export const EVENT_WORDS: readonly string[] = [
  'concert', 'concerts', 'концерт*', 'festival', 'фестивал*',
  // A match an alert paused: "Матч «Динамо» — «Шахтар» у Львові перервали на 40 хвилин через тривогу".
  'матч', 'матчу', 'матчі', 'матчем', 'football match', 'the match',
  // A memorial ceremony an alert cut short: "The memorial ceremony in Sviatoshynskyi district has been interrupted:
  // ballistic threat to Kyiv, everyone go to shelters now".
  'memorial', 'commemorat*', 'вшанува*', 'панахид*', 'пам\'яті', 'пам\'ять', 'хвилин* мовчання', 'minute of silence',
  // A light or drone show an alert called off: "Світлове шоу на Контрактовій скасували — у Києві повітряна тривога".
  'світлов* шоу', 'шоу дронів', 'drone show*', 'light show*',
  // A premiere or a screening an alert put off: "Прем'єру вистави відкладено: у Києві щойно оголошено тривогу".
  'прем\'єр*', 'premiere', 'premieres', 'premiere of', 'film premiere', 'screening', 'показ фільму', 'кінопоказ*',
];

/**
 * An editor's or an adviser's voice on alerts in general (an explainer, a column of readers' questions, advice, a quiz):
 * where the update names no place, says nothing as now or "again", exclaims nothing and is framed so from its first
 * sentence, the alert, the siren and the shelter it names report no alarm ("Як оголошують повітряну тривогу: пояснюємо
 * крок за кроком", "Чи можна з котом в укриття? Відповідаємо на часті запитання", "Why your street siren sounds after the
 * app does … Readers often ask"; classifier.ts, `talkOfAlertsInGeneral`). Not an official's "пояснив": "Повітряні сили
 * пояснили: балістика з півночі" is the threat.
 */
export const GENERAL_TALK_WORDS: readonly string[] = [
  'пояснюємо', 'розповідаємо', 'розбираємо', 'розбираємося', 'відповідаємо', 'поради', 'порада', 'часті запитання',
  'часті питання', 'питання читач*', 'запитання читач*', 'питання від читач*', 'психолог', 'психологи', 'психологиня', 'психологині',
  'психологів', 'вікторин*', 'радіовікторин*',
  'we explain', 'explainer', 'readers ask', 'readers often ask', 'readers have asked', 'the short answer', 'faq',
  'frequently asked', 'quiz', 'psychologist*', 'tips for', 'our guide', 'a guide to',
];

/** An event cut short or called off, in the event's sentence: the alert beside it is today's ("Концерт зупинили: …"). */
export const EVENT_INTERRUPTED: readonly string[] = [
  'interrupted', 'stopped', 'halted', 'paused', 'suspended', 'cut short', 'ended early', 'postponed', 'called off',
  'put on hold', 'on hold', 'put on pause', 'відкладено', 'відклали', 'поставили на паузу', 'на паузі', 'moved to the shelter', 'moved into the shelter', 'continues in the shelter',
  'continues in a shelter', 'продовжується в укритті', 'продовжили в укритті', 'триває в укритті', 'перенесли в укриття',
  'cancelled', 'canceled', 'завершили раніше', 'перенесли', 'перенесено', 'скасували', 'скасовано', 'перервали', 'перервано', 'перервався',
  'перервалася', 'перервалось', 'зупинили', 'зупинено', 'зупинився', 'зупинилася', 'зупинилось', 'призупинили',
  'призупинено', 'призупинився', 'призупинилася',
  // The alert as the subject: "Хвилину мовчання на Михайлівській площі перервала повітряна тривога"; declared during the
  // event: "У Києві просто під час концерту на Співочому полі оголосили повітряну тривогу".
  'перервала', 'перервав', 'оголосили тривогу', 'оголосили повітряну тривогу', 'оголошено тривогу',
  'оголошено повітряну тривогу', 'alert was declared', 'air-raid alert was declared', 'air raid alert was declared',
  // Broken into by the alert itself ("Хвилина мовчання на Майдані переросла в тривогу: …", "Під час хвилини мовчання
  // завили сирени: у Києві оголошено повітряну тривогу").
  'переросла в тривогу', 'переросла у тривогу', 'переросла в повітряну тривогу', 'завили сирени', 'interrupted by sirens',
  'interrupted by an air-raid alert', 'interrupted by an air raid alert',
];

/**
 * An event's audience sent to the shelter, in the event's sentence ("Повітряна тривога в Києві. Гостей концерту просять
 * пройти в укриття"): cut short as EVENT_INTERRUPTED, unless that sentence states a rule or a condition ("… — за правилами,
 * у разі тривоги").
 */
export const EVENT_AUDIENCE_SENT: readonly string[] = [
  ...['просять', 'попросили'].flatMap((ask) => ['пройти в укриття', 'пройти до укриття', 'спуститися в укриття', 'спуститися до укриття',
    'пройти до найближчого укриття'].map((go) => `${ask} ${go}`)),
  'asked to go to the shelter', 'asked to go to shelters', 'asked to move to the shelter', 'are being directed to the shelter',
  'were directed to the shelter', 'are being taken to the shelter',
];

/**
 * Words that set what their sentence tells on a later day: a drill so dated ("Нагадуємо: завтра о 12:00 планова перевірка
 * сирен") is lifted, like a look-back, by a word of now said with an alarm in another sentence.
 */
export const LATER_DAY_WORDS: readonly string[] = [
  'завтра', 'післязавтра', 'наступного тижня', 'наступного місяця', 'tomorrow', "tomorrow's", 'next week', 'next month',
  ...['понеділок', 'вівторок', 'середу', 'четвер', 'п\'ятницю', 'суботу', 'неділю'].flatMap((day) => [`у ${day}`, `в ${day}`]),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => `on ${day}`),
];

/** Words that date an update to an earlier day or year: no event's hold-back is lifted in it ("Вчорашній концерт …"). */
export const EARLIER_DAY_WORDS: readonly string[] = [
  'yesterday', "yesterday's", 'last week', "last week's", 'last month', 'last year', "last year's", 'last summer',
  'last winter', 'last spring', 'last autumn', 'вчора', 'вчорашн*', 'учора', 'учорашн*', 'позавчора', 'минулого тижня',
  'минулого місяця', 'минулого року', 'торік', 'торішн*', 'минулого літа', 'минулої зими', 'минулої весни',
  'минулої осені', 'минулої неділі', 'минулої суботи', 'минулої п\'ятниці', 'минулого понеділка', 'минулого вівторка',
  'минулої середи', 'минулого четверга', 'last monday', 'last tuesday', 'last wednesday', 'last thursday', 'last friday',
  'last saturday', 'last sunday', 'тоді', 'того вечора', 'того дня', 'тієї ночі', 'that night', 'that evening', 'that day',
  ...Array.from({ length: 12 }, (_, i) => String(2014 + i)).flatMap((year) => [`in ${year}`, `у ${year}`, `в ${year}`]),
];

/**
 * Words that make an event's story a retelling or a work about it, not today's news: an interview, a memoir, a film, a
 * book, an album or a performance ("Співачка розповіла, як її концерт перервали: …", "Так починається вистава").
 */
export const EVENT_RETOLD: readonly string[] = [
  'розповіла', 'розповів', 'розповідає', 'розповідають', 'згадує', 'згадала', 'згадав', 'інтерв\'ю', 'описує', 'описав',
  'описала', 'recalled', 'recalls', 'recounted', 'interview', 'describes', 'described', 'memoir*',
  // Told as a story, not what the band told the crowd ("the band told fans from the stage they will come back").
  ...['told', 'tells'].flatMap((told) => ['how', 'of', 'about', 'the story', 'journalists', 'reporters', 'an interviewer', 'a podcast',
    'the bbc', 'us'].map((what) => `${told} ${what}`)),
  'переказав', 'переказала', 'переказали', 'так починається', 'this is how',
];
/**
 * Works an event's story may be told in (a film, a play, a book): a retelling too, but not where the work is the event
 * an alert put off, in its own clause ("The premiere of the new film in Kyiv has been put on hold — an alert is under way").
 */
export const EVENT_RETOLD_WORKS: readonly string[] = [
  'book', 'книз*', 'книга', 'книгу', 'книжк*', 'film', 'films', 'фільм*', 'вистав*', 'альбом*', 'album', 'performance',
  'перформанс*', 'play', 'п\'єс*', 'novel', 'роман*',
];

/**
 * What comes right before a place that a threat comes from: a direction, or a weapon or its flight "from" ("КМВА:
 * ракети з боку Брянська, всі в укриття", "Klitschko: drones came in from Chernihiv oblast", "Балістика з Криму").
 * Such a place is not where the threat is, so it does not take the post away from Kyiv (see `elsewhere` in
 * classifier.ts). Not a bare "from"/"з", which also says where news, people or trains come from.
 */
export const ORIGIN_MARKERS: readonly string[] = [
  'in from', 'launched from', 'from the direction of', 'from the side of', 'missiles from', 'missile from', 'drones from',
  'drone from', 'shaheds from', 'launches from', 'launch from', 'threat from', 'coming from', 'flying from', 'flew in from',
  'з боку', 'з напрямку', 'зі сторони', 'з території', 'ракети з', 'ракета з', 'ракет з', 'балістика з', 'балістики з',
  'дрони з', 'дронів з', 'шахеди з', 'шахедів з', 'бпла з', 'пуски з', 'пуск з', 'запуски з', 'летіли з', 'летять з',
  'летить з', 'летіла з', 'заходять з', 'заходили з',
];

/**
 * Words that call a message a scam or a fake: an alarm quoted in such an update ("Кіберполіція: шахраї розсилають SMS
 * «Увага! Ракетна небезпека. Перейдіть за посиланням»", 'A fake message reading "Missile alert, go to shelter" is circulating') is
 * the message's, not a report; the update's own unquoted words still count.
 */
export const FAKE_MESSAGE_WORDS: readonly string[] = [
  'шахра*', 'scam*', 'scammer*', 'fraudster*', 'фішинг*', 'phishing', 'фейков* sms', 'фейков* смс',
  'фейков* повідомлен*', 'фейков* розсилк*', 'фейков* сповіщен*', 'fake text*', 'fake message*', 'fake sms',
  'fake alert*', 'fake warning*', 'fake notification*', 'fake push', 'hoax message*', 'hoax alert*', 'hoax text*',
  'неправдив* повідомлен*', 'підробн* повідомлен*', 'фальшив* повідомлен*', 'фальшив* сповіщен*', 'false alert*',
];

/**
 * A verdict that opens the sentence right after a quoted message and calls it a scam or a fake ("SMS «Повітряна
 * тривога! Знайдіть найближче укриття за посиланням». Це фішинг, посилання не відкривайте"): the quoted alarm is the
 * message's. Not a scam word alone there ("«…всі в укриття», — написав Кличко. Фішингові посилання не відкривайте").
 */
export const FAKE_VERDICTS: readonly string[] = [
  'це фішинг', 'це шахрайство', 'це шахраї', 'це фейк', 'це фейкове повідомлення', 'це фейкова розсилка', 'це розсилка шахраїв',
  'this is phishing', 'this is a scam', 'it is a scam', 'it\'s a scam', 'this is a fake', 'it is a fake', 'it\'s a fake',
  'this message is fake', 'the message is fake', 'this is fake',
];

/** Hold-backs only words of a real alarm may lift: a drill, an exercise, a test. */
export const DRILL_WORDS: readonly string[] = [
  'drill', 'drills', 'exercise', 'exercises', 'test', 'tests', 'siren test*', 'check', 'checks', 'siren check*', 'навчанн*',
  'навчань', 'навчальн*', 'перевір*',
  'тестуван*', 'тренуван*',
];

/**
 * True when a now-marker releases an alarm hit from a look-back or a debunk: the marker is in the hit's sentence, and
 * the hold-back either in another sentence or earlier in this one, in a clause of its own before the marker, with
 * the hit in the marker's clause ("On the anniversary of the invasion, Russia is attacking Kyiv right now"; not "A
 * year ago right now, sirens…" nor "A year ago, right now, sirens…"). `sentences` and `clauses` number the tokens.
 */
export function releases(now: TokenSpan, heldBy: TokenSpan, hit: TokenSpan, sentences: Int32Array, clauses: Int32Array): boolean {
  if (sentences[now.start] !== sentences[hit.start]) return false;
  if (sentences[heldBy.start] !== sentences[hit.start]) return true;
  return heldBy.end <= now.start && clauses[heldBy.start] !== clauses[now.start] && clauses[hit.start] === clauses[now.start];
}

/**
 * The word lists the scopes are found with, for the caller's term index (one lookup per word for rules and scopes
 * alike); its hits of list i come back to findCueScopes with group i.
 */
export const SCOPE_MARKER_LISTS: readonly (readonly string[])[] = [
  CONDITIONAL, NEGATION_FORWARD, NEGATION_BACKWARD, NOT_NEGATION, PLACE_NAME_HEADS, WAR_NAME_HEADS_ANY_CASE,
  WAR_NAME_HEADS, NAME_PREFIXES, NAME_NOUNS, COLLECTIVE, ABSTRACT, HYPOTHETICAL, STANDING, GENERIC_DURING, ADVICE,
  LIVE_REPORT, RULE_FRAMES,
];

const CONDITIONAL_GROUP = 0;
const FORWARD_GROUP = 1;
const BACKWARD_GROUP = 2;
const NOT_NEGATION_GROUP = 3;
const PLACE_HEAD_GROUP = 4;
const WAR_HEAD_ANY_GROUP = 5;
const WAR_HEAD_GROUP = 6;
const PREFIX_GROUP = 7;
const NAME_NOUN_GROUP = 8;
const COLLECTIVE_GROUP = 9;
const ABSTRACT_GROUP = 10;
const HYPOTHETICAL_GROUP = 11;
const STANDING_GROUP = 12;
const GENERIC_DURING_GROUP = 13;
const ADVICE_GROUP = 14;
const LIVE_REPORT_GROUP = 15;
const RULE_FRAME_GROUP = 16;
/** How far after a war word a figure of speech's object may come: "a barrage of questions", "атакували мерію запитами". */
const FIGURE_REACH = 3;

/** Words a forward negation covers after its negator (a short noun phrase: "no damage or injuries were"). */
const FORWARD_REACH = 4;
/** Words a following negator covers before it: "вибухів у Києві сьогодні вночі не було". */
const BACKWARD_REACH = 5;
/** Longest quoted name, in words. */
export const QUOTED_NAME_WORDS = 4;
/** The articles that open an apposition naming what a name is ("Shelter, a new restaurant …"). */
const APPOSITION_ARTICLES = new Set(['a', 'an', 'the']);

// Punctuation that ends a clause within a sentence (sentence ends are already break tokens); " - " does too.
const CLAUSE_PUNCTUATION = new Set([...',:()[]«»"“”„—–'].map((char) => char.charCodeAt(0)));
const QUOTED = /[«“„"]([^«»“”„"\n]{1,80})[»”"]/gu;
// A wire dateline: "KYIV, April 20 (Reuters) -", "KYIV (AP) —", "KHARKIV, Ukraine, Jan. 3 -" (a date or an agency:
// "KYIV — AIR RAID ALERT" is a channel's headline).
const DATELINE =
  /^\s*[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’. -]{2,}(?:,\s*[A-Z][A-Za-z]+)?(?:,?\s*[A-Z][a-z]{2,}\.?\s+\d{1,2}\s*(?:\([A-Za-z ]{2,20}\))?|\s*\([A-Za-z ]{2,20}\))\s*[-–—]\s/u;

/**
 * True when token `at` opens a sentence: the first word of the text, or right after a full stop, "!", "?" or a line
 * break (not after ";" or "…", which break the text into sentences for the rules but go on with one thought).
 */
export function opensSentence(tokenized: TokenizedText, at: number): boolean {
  if (at === 0) return true;
  const before = tokenized.tokens[at - 1];
  const token = tokenized.tokens[at];
  if (!before || !token) return false;
  const between = tokenized.text.slice(before.word === '' ? before.start : before.end, token.start);
  // A point between digits is no sentence end ("черги 3.1 і 3.2"), as tokenize reads it.
  return /[!?\n]/.test(between) || (between.includes('.') && !(between === '.' && isDecimalPoint(tokenized.text, before.end)));
}

/** One word of the text: a capital letter first (in the text as written). */
function capitalised(tokenized: TokenizedText, at: number): boolean {
  const token = tokenized.tokens[at];
  if (!token || token.word === '') return false;
  const first = tokenized.text[token.start]!;
  return first !== first.toLowerCase();
}

/**
 * Finds the scopes of one update from its `markers` (hits of SCOPE_MARKER_LISTS, group = list, in token order).
 * `cues` are the hits that could raise an alarm (topic terms and places of the
 * place-bound topics, the terms of severe and extreme rules): a condition that speaks of one is about an alert,
 * so its whole sentence is hypothetical; names and figures of speech are looked for only around them. Linear in
 * the text: every marker looks a bounded number of words around it, clause ends are computed once.
 * @example const scopes = findCueScopes(tokenized, markerHits, cueHits);
 */
export function findCueScopes(
  tokenized: TokenizedText,
  markers: readonly TermHit[],
  cues: readonly TermHit[],
  places: readonly TermHit[] = [],
): CueScope[] {
  const { tokens } = tokenized;
  const scopes: CueScope[] = [];
  if (cues.length === 0) return scopes;
  const dateline = datelineSpan(tokenized);
  if (dateline) scopes.push({ kind: 'name', start: dateline.start, end: dateline.end, quote: { start: dateline.start, end: dateline.end } });
  // Every other scope starts at a marker.
  if (markers.length === 0) return scopes;

  // Clause and sentence of each token, computed once (a break token ends a sentence; punctuation a clause).
  const clauseOf = new Int32Array(tokens.length);
  const clauseStart: number[] = [];
  const clauseEnd: number[] = [];
  const sentenceOfClause: number[] = [];
  let sentence = 0;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const previous = tokens[at - 1];
    const opens = at === 0 || token.word === '' || previous!.word === '' || clauseBreakBetween(tokenized.text, previous!.end, token.start);
    if (opens) {
      if (clauseStart.length > 0) clauseEnd.push(at);
      if (at > 0 && (token.word === '' || previous!.word === '')) sentence++;
      clauseStart.push(at);
      sentenceOfClause.push(sentence);
    }
    clauseOf[at] = clauseStart.length - 1;
  }
  clauseEnd.push(tokens.length);
  const cueStarts = new Int32Array(tokens.length + 1);
  for (const cue of cues) cueStarts[cue.start + 1]! += 1;
  for (let at = 1; at <= tokens.length; at++) cueStarts[at]! += cueStarts[at - 1]!;
  const cueWithin = (start: number, end: number) => cueStarts[end]! - cueStarts[start]! > 0;
  /**
   * What the clause before stands on its own: a colon opens this one ("Тривога у Києві: якщо не встигаєте до укриття,
   * …"), or a dash after a clause that reports now ("Сирени вже звучать у Кривому Розі — якщо …").
   */
  const introducedApart = (clause: number) => {
    const between = tokenized.text.slice(tokens[clauseEnd[clause - 1]! - 1]!.end, tokens[clauseStart[clause]!]!.start);
    return between.includes(':') || (/[—–]/u.test(between) && adviceTables().reports[clause - 1] === 1);
  };
  /** An alarm said to sound in [start, end): "if the alarm goes off", "якщо пролунає сирена". */
  const alarmSounds = (start: number, end: number) => {
    for (let at = start; at < end; at++) {
      if (!ALERT_MENTION.test(tokens[at]!.word)) continue;
      for (let near = Math.max(start, at - 2); near < Math.min(end, at + 3); near++) if (ALARM_SOUNDING.has(tokens[near]!.word)) return true;
    }
    return false;
  };
  const sameSentence = (a: number, b: number) => sentenceOfClause[a] === sentenceOfClause[b];
  /** A word that joins a list's last item in tokens [from, to). */
  const hasListJoin = (from: number, to: number) => {
    for (let at = from; at < to; at++) if (LIST_JOINS.has(tokens[at]!.word)) return true;
    return false;
  };

  // "Станції метро працюють як укриття", "are working as shelters": what a place serves as, not a report of air
  // defence at work.
  const servesAs = (marker: TermHit) => WORKS.has(tokens[marker.end - 1]!.word) && SERVES_AS.has(tokens[marker.end]?.word ?? '');
  // Per clause, computed once when a rule or a question needs it: whether it advises (an ADVICE word, a Ukrainian
  // imperative such as "йдіть", "перебувайте", "не підходьте", or an English one opening it) and whether it reports
  // now or an impact (LIVE_REPORT); from each clause, the first clause ahead in its sentence that advises and reports
  // nothing, with no reporting clause before it (-1: none), and the last of the run of such clauses that one begins.
  let advice: { reports: Uint8Array; advisesOnly: (clause: number) => boolean; next: Int32Array; runEnd: Int32Array } | undefined;
  const adviceTables = () => {
    if (advice) return advice;
    const clauseCount = clauseStart.length;
    const advises = new Uint8Array(clauseCount);
    const reports = new Uint8Array(clauseCount);
    for (const marker of markers) {
      const clause = clauseOf[marker.start]!;
      if (clauseOf[marker.end - 1] !== clause) continue;
      if (marker.group === ADVICE_GROUP) advises[clause] = 1;
      else if (marker.group === LIVE_REPORT_GROUP && !servesAs(marker)) reports[clause] = 1;
    }
    for (let at = 0; at < tokens.length; at++) {
      const word = tokens[at]!.word;
      const clause = clauseOf[at]!;
      if (advises[clause] === 1 || word === '') continue;
      if (isImperative(word) || (clauseStart[clause] === at && IMPERATIVE_OPENERS.has(word))) {
        advises[clause] = 1;
      }
    }
    const advisesOnly = (clause: number) => advises[clause] === 1 && reports[clause] === 0;
    const next = new Int32Array(clauseCount).fill(-1);
    const runEnd = new Int32Array(clauseCount);
    for (let clause = clauseCount - 1; clause >= 0; clause--) {
      const following = clause + 1 < clauseCount && sameSentence(clause + 1, clause) ? clause + 1 : -1;
      runEnd[clause] = following >= 0 && advisesOnly(following) ? runEnd[following]! : clause;
      if (advisesOnly(clause)) next[clause] = clause;
      else if (reports[clause] === 0 && following >= 0) next[clause] = next[following]!;
    }
    return (advice = { reports, advisesOnly, next, runEnd });
  };
  // A place in the marker's sentence, or in a sentence with a cue other than a place, makes "during an alert" a
  // report ("Kyiv remains under air raid alert. During air raids, stay away from windows"); not a place in a sentence
  // of other news ("Графіки відключень для Києва опубліковано. Під час тривоги прямуйте в укриття").
  const sentenceOf = (at: number) => sentenceOfClause[clauseOf[at]!]!;
  let placed: { sentences: Set<number>; besideCue: boolean } | undefined;
  const placeBlocks = (at: number) => {
    if (remindedBefore(at)) return false;
    if (!placed) {
      const placeStarts = new Set(places.map((hit) => `${hit.start}:${hit.end}`));
      const cueSentences = new Set(cues.filter((hit) => !placeStarts.has(`${hit.start}:${hit.end}`)).map((hit) => sentenceOf(hit.start)));
      const sentences = new Set(places.map((hit) => sentenceOf(hit.start)));
      placed = { sentences, besideCue: [...sentences].some((sentence) => cueSentences.has(sentence)) };
    }
    return placed.besideCue || placed.sentences.has(sentenceOf(at));
  };
  // "Київський метрополітен нагадує: під час повітряної тривоги станції працюють як укриття": a reminder said before
  // "during an alert" in its sentence frames it as guidance, whatever place the sentence names (a live report's clause
  // still reports, and a cue outside the rule's clauses still counts).
  // Where each sentence's first reminder ends, found once per update (not per "during" marker: a text of thousands
  // of them stays linear).
  let reminderEnds: Map<number, number> | undefined;
  const remindedBefore = (at: number) => {
    if (!reminderEnds) {
      reminderEnds = new Map();
      for (const hit of markers) {
        if (hit.group !== RULE_FRAME_GROUP && (hit.group !== ADVICE_GROUP || !REMINDERS.has(tokens[hit.start]!.word))) continue;
        const sentence = sentenceOf(hit.start);
        if (!reminderEnds.has(sentence)) reminderEnds.set(sentence, hit.end);
      }
    }
    return (reminderEnds.get(sentenceOf(at)) ?? Number.POSITIVE_INFINITY) <= at;
  };
  /**
   * The clauses from "during an alert" to the verb in the future tense that makes it a rule, in either order, when
   * none of them reports now or an impact, and those that follow on. The rest of the sentence is not the rule's:
   * "Повітряна тривога в Києві: під час тривоги метро працюватиме як укриття" and "Увага, у Києві тривога, під час
   * тривоги трамваї не їздитимуть, йдіть в укриття" report an alert beside it. Per clause, from tables made once per
   * update in a pass each way (a text of thousands of "during an alert" stays linear).
   */
  let future: VerbRuleTables | undefined;
  let habit: VerbRuleTables | undefined;
  const verbRule = (
    clause: number,
    tables: { reports: Uint8Array; advisesOnly: (clause: number) => boolean },
    kind: 'future' | 'habit',
  ): { first: number; last: number } | undefined => {
    const made = kind === 'future' ? (future ??= verbRuleTables(isFutureWord, tables)) : (habit ??= verbRuleTables(isHabitWord, tables));
    // The marker's own clause, then the ones after it, then before it.
    const verb = made.after[clause]! >= 0 ? made.after[clause]! : made.before[clause]!;
    if (verb < 0) return undefined;
    const first = Math.min(clause, verb);
    const last = Math.max(clause, verb);
    if (made.reportsUpTo[last + 1]! - made.reportsUpTo[first]! > 0) return undefined;
    // And what follows on in the sentence, until a clause that reports or advises: "…кав'ярні працюватимуть, а
    // відвідувачі зможуть перейти до укриття" (not "…трамваї не їздитимуть, йдіть в укриття").
    return { first, last: made.quietTo[last]! };
  };
  /** Per clause, tables made once per update in a pass each way, for the verbs `test` tells (see `verbRule`). */
  function verbRuleTables(test: (word: string) => boolean, tables: { reports: Uint8Array; advisesOnly: (clause: number) => boolean }): VerbRuleTables {
    const count = clauseStart.length;
    const has = new Uint8Array(count);
    for (let at = 0; at < count; at++) {
      for (let word = clauseStart[at]!; word < clauseEnd[at]! && has[at] === 0; word++) if (test(tokens[word]!.word)) has[at] = 1;
    }
    // The nearest clause of the sentence with such a verb at or after each clause, and before it (-1: none); the
    // reporting clauses up to each; the last clause each runs on to before one that reports or advises.
    const after = new Int32Array(count).fill(-1);
    const before = new Int32Array(count).fill(-1);
    const reportsUpTo = new Int32Array(count + 1);
    const quietTo = new Int32Array(count);
    for (let at = count - 1; at >= 0; at--) {
      const next = at + 1 < count && sameSentence(at + 1, at) ? at + 1 : -1;
      after[at] = has[at] === 1 ? at : next >= 0 ? after[next]! : -1;
      quietTo[at] = next >= 0 && tables.reports[next] === 0 && !tables.advisesOnly(next) ? quietTo[next]! : at;
    }
    for (let at = 0; at < count; at++) {
      const previous = at > 0 && sameSentence(at - 1, at) ? at - 1 : -1;
      before[at] = previous < 0 ? -1 : has[previous] === 1 ? previous : before[previous]!;
      reportsUpTo[at + 1] = reportsUpTo[at]! + tables.reports[at]!;
    }
    return { after, before, reportsUpTo, quietTo };
  }
  // From each clause, the last clause of the run of clauses that advise only (or are a sentence break) that it starts,
  // across sentences (-1: it starts none); made once per update, so a text of many reminders stays linear.
  let adviceRun: Int32Array | undefined;
  const adviceRunAhead = (): Int32Array => {
    if (adviceRun) return adviceRun;
    const tables = adviceTables();
    const count = clauseStart.length;
    adviceRun = new Int32Array(count + 1).fill(-1);
    for (let at = count - 1; at >= 0; at--) {
      const advises = tables.advisesOnly(at);
      if (!advises && tokens[clauseStart[at]!]!.word !== '') continue;
      const further = adviceRun[at + 1]!;
      adviceRun[at] = further >= 0 ? further : advises ? at : -1;
    }
    return adviceRun;
  };
  const notNegations = markers.filter((hit) => hit.group === NOT_NEGATION_GROUP);
  let notNegation = 0;
  for (const marker of markers) {
    if (marker.group === HYPOTHETICAL_GROUP) {
      // Its sentence, when it speaks of an alert or an attack.
      const clause = clauseOf[marker.start]!;
      let first = clause;
      let last = clause;
      while (first > 0 && sameSentence(first - 1, clause)) first--;
      while (last + 1 < clauseStart.length && sameSentence(last + 1, clause)) last++;
      // A question's answer that advises is guidance too: "Що робити, якщо тривога застала вас у ліфті? ДСНС радить
      // … перейти до укриття".
      let end = clauseEnd[last]!;
      let answer = last + 1;
      while (answer < clauseStart.length && tokens[clauseStart[answer]!]!.word === '') answer++;
      // Only an answer that opens with advice, and its advice only: "What to do during an alert? Kyiv is under missile
      // attack right now, go to shelters" and "… ? Go to shelters: Kyiv is under missile attack" report one.
      if (answer < clauseStart.length && adviceTables().advisesOnly(answer) && tokenized.text.slice(tokens[end - 1]!.end, tokens[clauseStart[answer]!]!.start).includes('?')) {
        end = clauseEnd[adviceTables().runEnd[answer]!]!;
      }
      const sentence = { start: clauseStart[first]!, end };
      if (cueWithin(sentence.start, sentence.end)) scopes.push({ kind: 'conditional', ...sentence, quote: { start: clauseStart[first]!, end: clauseEnd[last]! } });
      continue;
    }
    if (marker.group === STANDING_GROUP || marker.group === GENERIC_DURING_GROUP) {
      // Its clause, up to the advice in its sentence and the advice that follows on ("During every alert, even at
      // night, go to the shelter — do not wait for explosions"). A rule with no advice after it covers its own clause
      // ("Whenever an alert sounds the metro opens its stations"); "during an alert" with no advice is a report.
      // Never a clause that reports now or an impact; "during an alert" never where a place is named beside it or
      // beside another cue ("Під час тривоги в Ірпені …", "Київ, балістична загроза — під час тривоги перебувайте в
      // укриттях!" report one).
      const clause = clauseOf[marker.start]!;
      const generic = marker.group === GENERIC_DURING_GROUP;
      const tables = adviceTables();
      // "During an alert" beside a verb in the future tense in clauses that report nothing ("З 1 вересня під час
      // тривоги уроки в школах Києва продовжуватимуться в укриттях", "Kyiv trams will not stop during an alert"): those
      // clauses are the rule, with or without advice, whatever place they name.
      const rule = generic ? verbRule(clause, tables, 'future') : undefined;
      if (rule) {
        scopes.push({ kind: 'conditional', start: clauseStart[rule.first]!, end: clauseEnd[rule.last]!, quote: { start: marker.start, end: clauseEnd[clause]! } });
        continue;
      }
      if ((generic && placeBlocks(marker.start)) || tables.reports[clause] === 1) continue;
      const advised = tables.next[clause]!;
      if (advised < 0 && generic) {
        // "During an alert" beside a Ukrainian verb in the present that tells what is done every time, in clauses
        // that report nothing and name no place: "Під час тривоги учні та педагоги спускаються до укриття закладу".
        const habitual = verbRule(clause, tables, 'habit');
        if (habitual) scopes.push({ kind: 'conditional', start: clauseStart[habitual.first]!, end: clauseEnd[habitual.last]!, quote: { start: marker.start, end: clauseEnd[clause]! } });
        continue;
      }
      const last = advised >= 0 ? tables.runEnd[advised]! : clause;
      // A rule said after its advice: "Kyiv residents must stay in shelters, whenever sirens sound".
      const first = marker.start === clauseStart[clause] && clause > 0 && sameSentence(clause - 1, clause) && tables.advisesOnly(clause - 1) ? clause - 1 : clause;
      scopes.push({ kind: 'conditional', start: clauseStart[first]!, end: clauseEnd[last]!, quote: { start: marker.start, end: clauseEnd[clause]! } });
      continue;
    }
    if (marker.group === CONDITIONAL_GROUP) {
      // "Щойно дали відбій" is "the all-clear was just given", not "as soon as" ("Щойно — вибухи в Київському районі",
      // not "щойно пролунає сирена"); "when an air-raid alert was declared" tells what happened, not a rule.
      if (tokens[marker.start]!.word === 'щойно' && saysJustNow(tokenized, marker)) continue;
      if (tokens[marker.start]!.word === 'when' && [0, 1, 2].some((ahead) => PAST_AUXILIARIES.has(tokens[marker.end + ahead]?.word ?? ''))) continue;
      // "As soon as the air raid alert was declared, explosions rang out" tells what happened.
      if (tokens[marker.start]!.word === 'as' && [0, 1, 2, 3, 4].some((ahead) => saysPast(tokens[marker.end + ahead]?.word ?? ''))) continue;
      const clause = clauseOf[marker.start]!;
      // "Imagine, drones are…", "Уявіть, що…": a marker that is its whole clause opens the next one.
      const alone = clauseEnd[clause] === marker.end && clause + 1 < clauseStart.length && sameSentence(clause + 1, clause);
      const last = alone ? clause + 1 : clause;
      // "Щойно" that is its sentence's only clause, with no imperative or second person in it, has no consequence to be the
      // condition of: "Щойно знову летить шахед" is "just now" (not "Щойно почуєте сирену йдіть до укриття", written
      // without its comma).
      if (tokens[marker.start]!.word === 'щойно' && marker.start === clauseStart[clause] && !(clause > 0 && sameSentence(clause - 1, clause))
        && !(last + 1 < clauseStart.length && sameSentence(last + 1, clause))
        && !tokens.slice(marker.end, clauseEnd[last]).some(({ word }) => addressesReader(word))) continue;
      const condition = { start: marker.start, end: clauseEnd[last]! };
      let scope = condition;
      if (cueWithin(condition.start, condition.end) || alarmSounds(condition.start, condition.end)) {
        // A condition about an alert makes its consequence hypothetical too: "If X, Y", "Y if X", "Y, якщо X". Not a
        // clause before it that reports now ("Сирени вже звучать у Кривому Розі: якщо ви не встигаєте до укриття — …").
        // After it, its consequence and the clauses of its sentence that follow on reporting nothing now ("Щойно
        // оголосять тривогу, школи переходять на дистанційне навчання: діти мають бути в укритті", "Якщо ви чуєте
        // вибухи – це може бути робота ППО: залишайтеся в укритті").
        let start = clauseStart[clause]!;
        let end = condition.end;
        if (marker.start === start) {
          if (clause > 0 && sameSentence(clause - 1, clause) && !introducedApart(clause)) start = clauseStart[clause - 1]!;
          if (last + 1 < clauseStart.length && sameSentence(last + 1, clause)) {
            end = clauseEnd[last + 1]!;
            // On through the clauses that follow giving advice only, to the last with a cue (not an attribution after
            // them), unless the consequence itself reports now ("Якщо чуєте вибухи — це працює ППО над Києвом,
            // залишайтеся в укриттях!" tells what is happening and what to do about it). A clause that reports is
            // not the condition's ("Якщо ви на лівому березі, не підходьте до вікон: над Дарницею збивають шахеди").
            const tables = adviceTables();
            // So do the clauses that say what the writer will do then ("Якщо під час свята оголосять тривогу, програму
            // призупинимо, а гостей проведемо до укриття").
            const plans = (at: number) => {
              if (tables.reports[at] !== 0) return false;
              for (let word = clauseStart[at]!; word < clauseEnd[at]!; word++) if (PLAN_ENDING.test(tokens[word]!.word) || isFutureWord(tokens[word]!.word)) return true;
              return false;
            };
            for (let following = last + 2; tables.reports[last + 1] === 0 && following < clauseStart.length && sameSentence(following, clause) && (tables.advisesOnly(following) || plans(following)); following++) {
              if (cueWithin(clauseStart[following]!, clauseEnd[following]!)) end = clauseEnd[following]!;
            }
          }
        }
        // A reminder's condition goes on through the advice in the sentences after it ("Reminder: if an alert catches you
        // outdoors, lie down next to a kerb. Stay away from windows and glass shopfronts."), up to a clause that reports.
        if (remindedBefore(marker.start)) {
          const last = adviceRunAhead()[clauseOf[end - 1]! + 1];
          if (last !== undefined && last >= 0) end = Math.max(end, clauseEnd[last]!);
        }
        scope = { start, end };
      }
      scopes.push({ kind: 'conditional', ...scope, quote: condition });
      continue;
    }
    if (marker.group !== FORWARD_GROUP && marker.group !== BACKWARD_GROUP) continue;
    // Within an imperative ("do not leave") or "not only", no negation (markers come in token order).
    while (notNegation < notNegations.length && notNegations[notNegation]!.end <= marker.start) notNegation++;
    const exception = notNegations[notNegation];
    if (exception && exception.start <= marker.start) continue;
    const next = tokens[marker.end]?.word ?? '';
    // "не виходьте", "не ховайтеся": a Ukrainian imperative calls for action rather than denying anything.
    if (marker.group === FORWARD_GROUP && tokens[marker.start]!.word === 'не' && isImperative(next)) continue;
    const clause = clauseOf[marker.start]!;
    if (marker.group === FORWARD_GROUP) {
      let end = Math.min(marker.end + FORWARD_REACH, clauseEnd[clause]!);
      // A conjunction opens what the negation does not reach: "the capital is quiet as Russia pounds Kharkiv".
      for (let at = marker.end; at < end; at++) {
        if (NEGATION_STOPS.has(tokens[at]!.word)) {
          end = at;
          break;
        }
      }
      scopes.push({ kind: 'negation', start: marker.start, end, quote: { start: marker.start, end }, marker: negator(marker) });
    } else {
      // A subject set off by a dash is still the one denied: "столиця — поки спокійно".
      let from = clauseStart[clause]!;
      if (clause > 0 && marker.start - from <= 2 && sameSentence(clause - 1, clause) && dashBefore(tokenized, from)) from = clauseStart[clause - 1]!;
      // A list of what is denied, its first items set off by commas: "У Києві загиблих, поранених, постраждалих і
      // руйнувань немає". Each item before the comma is a cue word ending the clause before; the list has its "і".
      // (Only when the reach takes in the whole clause, and over a bounded number of items: a text of thousands of
      // negators stays linear.)
      let listFrom = from;
      if (from === clauseStart[clause] && marker.start - from <= BACKWARD_REACH && hasListJoin(from, marker.start)) {
        for (let item = clause, items = 0; item > 0 && items < LIST_ITEMS && sameSentence(item - 1, item) && commaBefore(tokenized, clauseStart[item]!); item--, items++) {
          const last = clauseEnd[item - 1]! - 1;
          if (!cueWithin(last, last + 1)) break;
          listFrom = last;
          if (clauseStart[item - 1] !== last) break;
        }
      }
      let start = Math.max(marker.start - BACKWARD_REACH, from);
      // The list's items before the clause are denied too, when the reach takes in the whole clause.
      if (start === from) start = listFrom;
      // Nor backward across a conjunction: "Russia pounds Kharkiv with glide bombs as the capital stays quiet".
      for (let at = marker.start - 1; at >= start; at--) {
        if (NEGATION_STOPS.has(tokens[at]!.word)) {
          start = at + 1;
          break;
        }
      }
      scopes.push({ kind: 'negation', start, end: marker.end, quote: { start, end: marker.end }, marker: negator(marker) });
    }
  }

  const sameClause = (a: number, b: number) => b < tokens.length && clauseOf[a] === clauseOf[b];
  findNames(tokenized, markers, cues, cueWithin, sameClause, scopes, places);
  return scopes;
}

/** Names and figures of speech around the cues (each cue looks at a word or two on either side). */
function findNames(
  tokenized: TokenizedText,
  markers: readonly TermHit[],
  cues: readonly TermHit[],
  cueWithin: (start: number, end: number) => boolean,
  sameClause: (a: number, b: number) => boolean,
  scopes: CueScope[],
  places: readonly TermHit[],
): void {
  const { tokens, text } = tokenized;
  // A place is no war word: "Кличко у коментарі" is the mayor speaking, not a figure of speech. (The cues' places are the
  // same hits as `places`: one lookup each, however many a text repeats.)
  const placeHits = new Set(places);
  const isPlace = (cue: TermHit) => placeHits.has(cue);
  // Marker groups by the token they start at (one marker of a group a token is enough here).
  const startsAt = new Map<number, number>();
  for (const marker of markers) startsAt.set(marker.start * 16 + marker.group, marker.end);
  const headEnd = (at: number, group: number): number | undefined => startsAt.get(at * 16 + group);
  const wordAt = (at: number) => tokens[at]?.word ?? '';
  const joined = (a: number, b: number) => {
    const left = tokens[a];
    const right = tokens[b];
    return !!left && !!right && left.word !== '' && right.word !== '' && /^[\s-]*$/.test(text.slice(left.end, right.start));
  };
  const name = (start: number, end: number) => scopes.push({ kind: 'name', start, end, quote: { start, end } });

  for (const cue of cues) {
    const { start, end } = cue;
    // "Kyiv Post", "Kyiv Food Market": capitalised words up to a capitalised head, a word or two on.
    if (capitalised(tokenized, start)) {
      for (let at = end; at <= end + 1 && joined(at - 1, at) && capitalised(tokenized, at); at++) {
        const headed = headEnd(at, PLACE_HEAD_GROUP) ?? headEnd(at, WAR_HEAD_GROUP);
        if (headed !== undefined) {
          name(start, headed);
          break;
        }
      }
      // "FC Obolon", "Hotel Kyiv", "Chicken Kyiv".
      if (start > 0 && joined(start - 1, start) && headEnd(start - 1, PREFIX_GROUP) === start) name(start - 1, end);
      // Unquoted, as quoted names are below: capitalised words after a noun that names a band, venue or film ("the rock
      // band Air Raid Sirens"), or opening a sentence and set off as what they name ("Shelter, a new restaurant in
      // Podil"). Every word of the cue is in the name: not "Air raid alert in Kyiv, the …".
      let last = start + 1;
      while (last < start + QUOTED_NAME_WORDS && joined(last - 1, last) && capitalised(tokenized, last)) last++;
      if (last >= end) {
        const introduced = start > 0 && joined(start - 1, start) && headEnd(start - 1, NAME_NOUN_GROUP) === start;
        const apposed =
          opensSentence(tokenized, start) &&
          last + 1 < tokens.length &&
          /^\s*,\s*$/.test(text.slice(tokens[last - 1]!.end, tokens[last]!.start)) &&
          APPOSITION_ARTICLES.has(wordAt(last)) &&
          (headEnd(last + 1, NAME_NOUN_GROUP) !== undefined || headEnd(last + 2, NAME_NOUN_GROUP) !== undefined);
        if (introduced || apposed) name(start, last);
      }
    }
    // "drone show", "a drone light show", "Rocket League" (any case after a war word).
    for (let at = end; at <= end + 1 && joined(at - 1, at); at++) {
      const headed = headEnd(at, WAR_HEAD_ANY_GROUP);
      if (headed !== undefined) {
        name(start, headed);
        break;
      }
    }
    // "a barrage of questions", "вибух емоцій": a war word whose object, a few words on, is something said or felt.
    for (let at = end; !isPlace(cue) && at < end + FIGURE_REACH && sameClause(start, at); at++) {
      const object = headEnd(at, ABSTRACT_GROUP);
      if (object !== undefined && !cueWithin(end, at)) {
        scopes.push({ kind: 'figurative', start, end: object, quote: { start, end: object } });
        break;
      }
    }
    // "a barrage of …" with no weapon in the next two words: "a barrage of complaints", not "a barrage of missiles".
    if (headEnd(start, COLLECTIVE_GROUP) !== undefined && wordAt(end) === 'of' && !cueWithin(end + 1, Math.min(end + 3, tokens.length))) {
      scopes.push({ kind: 'figurative', start, end: end + 1, quote: { start, end: Math.min(end + 3, tokens.length) } });
    }
  }

  // Quoted names after a noun that names a venue, band, brand… ("кав'ярня «Укриття»", "the "Shelter" bar").
  if (cues.length === 0 || !/[«“„"]/.test(text)) return;
  for (const match of text.matchAll(QUOTED)) {
    const from = match.index + 1;
    const to = from + match[1]!.length;
    const first = firstStartingAtOrAfter(tokens, from);
    let last = first;
    while (last < tokens.length && tokens[last]!.end <= to) last++;
    if (last === first || last - first > QUOTED_NAME_WORDS) continue;
    if (!cueWithin(first, last)) continue;
    const introduced = first > 0 && headEnd(first - 1, NAME_NOUN_GROUP) === first;
    const followed = headEnd(last, WAR_HEAD_GROUP) !== undefined || headEnd(last, WAR_HEAD_ANY_GROUP) !== undefined;
    if (introduced || followed) name(first, last);
  }
}

/** The negating word of a negator ("не" of "не чути"): a cue containing it is a negative phrase ("без світла"). */
function negator(marker: TermHit): TokenSpan {
  return { start: marker.start, end: marker.start + 1 };
}

/** The tokens a wire dateline takes ("KYIV, April 20 (Reuters) -") at the start of the text or of its second line. */
function datelineSpan(tokenized: TokenizedText): { start: number; end: number } | undefined {
  const { text, tokens } = tokenized;
  // At the start of the text, or of the body after a headline ("Russian drones target Ukrainian ports\nKYIV, March 4
  // (Reuters) - …": the classifier reads the title and the text as one, the title's line first).
  const lineBreak = text.indexOf('\n');
  for (const from of lineBreak >= 0 ? [0, lineBreak + 1] : [0]) {
    const first = text.charCodeAt(from);
    // Datelines open in capitals: most texts are passed over without running the pattern.
    if (Number.isNaN(first) || String.fromCharCode(first).toLowerCase() === String.fromCharCode(first)) continue;
    const dateline = DATELINE.exec(text.slice(from));
    if (!dateline) continue;
    const limit = from + dateline[0].length;
    let start = 0;
    while (start < tokens.length && tokens[start]!.start < from) start++;
    let end = start;
    while (end < tokens.length && tokens[end]!.end <= limit) end++;
    if (end > start) return { start, end };
  }
  return undefined;
}

/** The text between token `at` and the token before it (undefined at the start). A sentence break's own mark is in it. */
function gapBefore(tokenized: TokenizedText, at: number): string | undefined {
  const before = tokenized.tokens[at - 1];
  const token = tokenized.tokens[at];
  if (!before || !token) return undefined;
  return tokenized.text.slice(before.end, token.start);
}

/** True when only a comma stands between token `at` and the one before it. */
function commaBefore(tokenized: TokenizedText, at: number): boolean {
  return gapBefore(tokenized, at)?.trim() === ',';
}

/** True when a dash (—, –, or " - ") separates token `at` from the one before it. */
function dashBefore(tokenized: TokenizedText, at: number): boolean {
  const between = gapBefore(tokenized, at);
  return between !== undefined && /[—–]|\s-\s/.test(between);
}

/** Words that join two clauses: with `atConjunctions`, each starts a new clause ("the alert is over in Kharkiv but drones are heading for Kyiv"). */
const CLAUSE_CONJUNCTIONS = new Set([
  'but', 'and', 'while', 'whereas', 'although', 'though', 'however', 'yet', 'as', 'а', 'але', 'проте', 'однак', 'і', 'й',
  'та', 'тоді', 'поки', 'хоча', 'ще',
]);

/**
 * The clause each token is in (a break token or clause punctuation starts a new one), as findCueScopes cuts them;
 * with `atConjunctions`, a joining word ("but", "and", "але", "і") starts one too.
 */
export function clauseNumbers(tokenized: TokenizedText, options: { atConjunctions?: boolean } = {}): Int32Array {
  const { tokens } = tokenized;
  const numbers = new Int32Array(tokens.length);
  let clause = 0;
  for (let at = 1; at < tokens.length; at++) {
    const token = tokens[at]!;
    const previous = tokens[at - 1]!;
    if (
      token.word === '' ||
      previous.word === '' ||
      clauseBreakBetween(tokenized.text, previous.end, token.start) ||
      (options.atConjunctions === true && CLAUSE_CONJUNCTIONS.has(token.word))
    ) {
      clause++;
    }
    numbers[at] = clause;
  }
  return numbers;
}

/** True when the text between two words has punctuation that ends a clause (, : ( ) « » " — –, or " - "). */
export function clauseBreakBetween(text: string, from: number, to: number): boolean {
  // A number's thousands ("1,500 drones") are one word's parts.
  if (to === from + 1 && isThousandsComma(text, from)) return false;
  let symbol = false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (CLAUSE_PUNCTUATION.has(code)) return true;
    if (code === 45 && at > from && at + 1 < to && text.charCodeAt(at - 1) === 32 && text.charCodeAt(at + 1) === 32) return true;
    symbol ||= code >= 0x2190;
  }
  // An emoji between words, as digests bullet their items ("🔹 на Покровському напрямку відбито 14 атак 🔹 у Києві
  // просто зараз тривога"): each item is a clause of its own.
  return symbol && PICTOGRAPH.test(text.slice(from, to));
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

