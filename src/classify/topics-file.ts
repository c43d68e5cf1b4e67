// The topics file: topic rules and severity rules as data (JSON or YAML), its zod schema and its loader.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { SeveritySchema } from '../core/severity.js';
import { FALLBACK_TOPIC, TopicIdSchema } from '../core/topic.js';
import { compileTerm } from './term-index.js';

/** The longest term, in characters. */
const MAX_TERM_LENGTH = 200;
/**
 * The most terms one list may hold. It was 5,000 until the built-in live-threat rules' negatives reached 4,973 (a
 * rule's negatives are one list, and a topics file that copies the defaults must still parse); a list this long still
 * parses and indexes in a few milliseconds.
 */
export const MAX_TERMS_PER_LIST = 20_000;

/**
 * What is wrong with a (trimmed) term, every problem of it; none when it is one. A term: one or more words, matched
 * case-insensitively on whole words after Unicode normalisation. A word ending in `*` matches any word starting with it
 * (a stem: `тривог*` matches тривога, тривогу, тривоги); a lone `*` between two words matches any one word but a
 * negation, within a clause (`тривог* в * завершено` matches "тривогу в Обухові завершено", not "тривогу в Києві не
 * завершено" nor "тривога в Києві, … завершено"). Hyphens and spaces are interchangeable (`air-raid` matches
 * "air raid"); ’ and ' are the same apostrophe.
 */
function termProblems(term: string): string[] {
  const problems: string[] = [];
  if (term.length === 0) problems.push('terms must not be empty');
  if (term.length > MAX_TERM_LENGTH) problems.push(`Too big: expected string to have <=${MAX_TERM_LENGTH} characters`);
  if (!/[\p{L}\p{N}]/u.test(term)) problems.push('a term needs at least one letter or digit');
  const words = term.split(/[\s-]+/);
  if (words.some((word) => word !== '*' && word.endsWith('*') && !/[\p{L}\p{N}]{2}/u.test(word))) {
    problems.push('a stem (a word ending in "*") needs at least two letters before the "*"');
  }
  // As the index reads it (a lone "*" after a bracket is still the first word: "(*) alert"); only a term with a "*".
  const compiled = term.includes('*') ? compileTerm(term) : [];
  if (compiled[0]?.text === '' || compiled.at(-1)?.text === '') problems.push('a lone "*" (any one word) must stand between two words');
  return problems;
}

/**
 * A list of terms, each trimmed and checked by one function, once per distinct term: the built-in rules hold some
 * 144,000 terms (the roles' bundles carry them parsed by the build: src/build/built-in-rules.ts), and a zod schema per
 * term took ~60 ms of each parse.
 */
const termList = (min = 0) =>
  z
    .array(z.string())
    .min(min)
    .max(MAX_TERMS_PER_LIST)
    .transform((terms, ctx) =>
      terms.map((raw, index) => {
        const term = raw.trim();
        if (GOOD_TERMS.has(term)) return term;
        const problems = termProblems(term);
        // `continue`: the file's own checks (duplicate ids, unknown topics) still run and are told beside these.
        for (const message of problems) ctx.issues.push({ code: 'custom', message, path: [index], input: raw, continue: true });
        if (problems.length === 0 && GOOD_TERMS.size < MAX_GOOD_TERMS) GOOD_TERMS.add(term);
        return term;
      }),
    );
/** Terms already found good (rules share their lists: the default rules' 144,000 terms are 21,000 distinct ones). */
const GOOD_TERMS = new Set<string>();
const MAX_GOOD_TERMS = 100_000;

const TermListSchema = termList();

export const TopicRuleSchema = z.strictObject({
  id: TopicIdSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  /** Words that put an update in this topic (with a place, when `places` is set). English and Ukrainian alike. */
  terms: TermListSchema.default([]),
  /** When set, a term counts only if one of these places is also named. */
  places: TermListSchema.default([]),
  /**
   * Terms that count only in a sentence that also names one of their `with`: a foreign country is a party to
   * diplomacy when it pledges ("Estonia will send shells"), not when its weapon is named ("a German tank").
   */
  pairs: z
    .array(
      z.strictObject({
        terms: termList(1),
        with: termList(1),
        /** When set, the pair counts only in a sentence that also names one of these ("Romania is considering" + arms). */
        also: TermListSchema.default([]),
      }),
    )
    .max(50)
    .default([]),
  /**
   * Places other places share (a district name other cities have: Shevchenkivskyi, Podilskyi): they count as one of
   * `places` only when the update names none of `elsewhere`.
   */
  sharedPlaces: TermListSchema.default([]),
  /** Other places (other cities and regions): naming one sets `sharedPlaces` aside. */
  elsewhere: TermListSchema.default([]),
  /**
   * Context that cancels a match it overlaps, e.g. "Kyiv-based" or "Kyiv Independent" cancel the place 'Kyiv';
   * "air-defence talks" cancels 'air defence'. A place longer than a negative it contains whole stands: the place
   * "on Kyiv will" beside the negative "Kyiv will" (the government); terms and other lists are cancelled by any overlap.
   */
  negative: TermListSchema.default([]),
  /**
   * Topic-level vetoes: when any of these appears (outside the topic's `negative` contexts, as every other list), the update
   * is not in this topic however its terms match (siren tests, controlled detonations, anniversaries, museum exhibits for an
   * air-raid topic).
   */
  exclude: TermListSchema.default([]),
  /**
   * Vetoes like `exclude`, but a sentence without one that has a live-threat cue (an extreme severity rule's term, not
   * in a condition, a negation or a name) keeps the topic: a power-cut schedule or a shelter map posted beside a
   * declared alert ("Графіки відключень на завтра: … Водночас у місті зараз повітряна тривога"). Only the topic's terms
   * in such a sentence count on; an `exclude` veto named anywhere still decides alone.
   */
  excludeInSentence: TermListSchema.default([]),
  /**
   * Terms of this topic that do not count when the update is also in one of `to`, in a sentence with that topic's own
   * terms or places (and, when `when` is set, with one of `when`), unless one of `unless` is named anywhere. A topic
   * listed before this one counts as it was decided; one listed after counts when its own terms are named (before its
   * places, vetoes and yields). When yields take a topic with `places` away from an update that is extreme
   * without them, nothing yields (a live threat keeps its place's topic), and a topic term longer than the yielding word it contains still counts ("military exercises" beside
   * a yielding "military"). In an update on Kyiv's air raids, the city's air defence explained by "a military analyst"
   * or "a Patriot battery commander" is not news of troops (`troops` yields with `unless: [deliver*]`), while "a new
   * NASAMS battery for Kyiv's air defence has arrived" is troops news, not an air raid (`kyiv-air-raids` yields its
   * air-defence words to `troops` `when: [arrived]`).
   */
  yields: z
    .array(
      z.strictObject({
        to: z.array(TopicIdSchema).min(1),
        terms: termList(1),
        unless: TermListSchema.default([]),
        when: TermListSchema.default([]),
      }),
    )
    .max(20)
    .default([]),
  /**
   * Reports on this topic published within this many minutes of an earlier one on it thread into the same
   * incident even with little shared wording (an alert, its explosions and its all-clear). @defaultValue 0 (off)
   */
  incidentGapMinutes: z.number().int().min(0).max(24 * 60).default(0),
  /** The severity of an update in this topic when no severity rule fires. @defaultValue "unknown" */
  defaultSeverity: SeveritySchema.default('unknown'),
});
export type TopicRule = z.infer<typeof TopicRuleSchema>;
export type TopicRuleInput = z.input<typeof TopicRuleSchema>;

export const SeverityRuleSchema = z.strictObject({
  /** Named in reasons[], e.g. "casualties". */
  name: z.string().min(1).max(100),
  severity: SeveritySchema,
  terms: termList(1),
  /** The rule applies only to updates in one of these topics. @defaultValue every topic */
  topics: z.array(TopicIdSchema).optional(),
  /** Context that cancels a match it overlaps (as in topics). */
  negative: TermListSchema.default([]),
  /** The rule does not fire when any of these is present in the update (outside the rule's negative contexts). */
  unless: TermListSchema.default([]),
  /**
   * Like `unless`, except for the rule's terms that come after a contrast ("but", "however", "meanwhile", "але",
   * "проте", "однак", "а", "натомість") in the sentence of the holding term: "All clear in Lviv, but missiles are
   * heading for Kyiv"; "Russia denied the strike, but the school was damaged".
   */
  unlessUntilContrast: TermListSchema.default([]),
  /**
   * Like `unless`, but only in its own sentence: the rule's terms in a sentence that also names one of these do not
   * count ("Experts explained why the ballistic threat has grown"), while a threat in another sentence still does
   * ("Ballistic threat for Kyiv! We explain where the nearest shelter is").
   */
  unlessInSentence: TermListSchema.default([]),
  /**
   * Like `unless`, except for the rule's terms said after the holding term: in a later sentence, or after a contrast
   * in its sentence (as `unlessUntilContrast`). "Відбій на Київщині. У Києві тривога триває" and "У Львові відбій, а в
   * Києві тривога триває" fire; "У Києві тривога триває. UPD: відбій" does not.
   */
  unlessUntilSaidAfter: TermListSchema.default([]),
  /**
   * Like `unlessInSentence`, in a narrower stretch: the clause (cut at , : ; — ( ) quotes and at joining words such as
   * "but", "and", "але", "і"). "Residents had gone down to the shelter" holds its own clause back, not "…, and air
   * defence is working".
   */
  unlessInClause: TermListSchema.default([]),
  /**
   * A term counts only in a sentence that also names one of these (outside the negative contexts): words of motion
   * ("heading for", "летять") are a threat only beside a weapon ("drones are heading for Kharkiv").
   */
  with: TermListSchema.default([]),
  /**
   * The rule reads only what a conditional or a negation sets aside ("if an alert is declared", "no alert in Kyiv
   * today"): terms count only inside such a scope. Without it, a severe or extreme rule's terms inside a
   * conditional or negation do not count, and no rule's terms inside a name or a figure of speech.
   */
  within: z.enum(['conditional', 'negation']).optional(),
  /**
   * The rule reads only a terse post: an update (title and text) of at most this many words, every one of them one of
   * the rule's terms, `with` or `fillers` words or a number (not a year), where a place and a weapon are the whole
   * message ("Бровари — шахеди.", "Одеса — дрони з моря"; not "Kyiv receives Patriot missiles"). @defaultValue any length
   */
  maxWords: z.number().int().min(1).max(50).optional(),
  /** With `maxWords`: the other words such a post may have (directions, "again", "з моря"); no companion by themselves. */
  fillers: TermListSchema.default([]),
  /**
   * A default rather than a rule: it fires only when no other rule does, before the topics' defaults (an attack on
   * another city with no impact or threat words is graded as Kyiv's topic grades one). @defaultValue false
   */
  default: z.boolean().default(false),
});
export type SeverityRule = z.infer<typeof SeverityRuleSchema>;

export const TopicsFileSchema = z
  .strictObject({
    version: z.literal(1).default(1),
    /** In display order. `general` is added at the end when missing. */
    topics: z.array(TopicRuleSchema).min(1).max(256),
    /**
     * Every rule that fires gives a severity and the highest wins (CAP: take the highest that applies). When none
     * fires, the severity is the highest `defaultSeverity` of the update's topics.
     */
    severityRules: z.array(SeverityRuleSchema).max(1000).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.topics.forEach((topic, index) => {
      if (seen.has(topic.id)) {
        ctx.addIssue({ code: 'custom', path: ['topics', index, 'id'], message: `duplicate topic id "${topic.id}"` });
      }
      topic.yields.forEach((yielding, yieldIndex) => {
        yielding.to.forEach((id, toIndex) => {
          if (id === topic.id || !file.topics.some((other) => other.id === id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['topics', index, 'yields', yieldIndex, 'to', toIndex],
              message: id === topic.id ? `a topic does not yield to itself ("${id}")` : `unknown topic "${id}" (not in topics)`,
            });
          }
        });
      });
      seen.add(topic.id);
    });
    file.severityRules.forEach((rule, ruleIndex) => {
      rule.topics?.forEach((id, index) => {
        if (!seen.has(id) && id !== FALLBACK_TOPIC) {
          ctx.addIssue({
            code: 'custom',
            path: ['severityRules', ruleIndex, 'topics', index],
            message: `unknown topic "${id}" (not in topics)`,
          });
        }
      });
    });
  })
  .transform((file) =>
    file.topics.some((topic) => topic.id === FALLBACK_TOPIC)
      ? file
      : {
          ...file,
          topics: [
            ...file.topics,
            TopicRuleSchema.parse({
              id: FALLBACK_TOPIC,
              name: 'General',
              description: 'Updates that match no other topic.',
            }),
          ],
        },
  );
export type TopicsFile = z.output<typeof TopicsFileSchema>;
export type TopicsFileInput = z.input<typeof TopicsFileSchema>;

export class TopicsFileError extends Error {
  override name = 'TopicsFileError';
}

/** Parses and validates topics-file content; `source` names it in errors. */
export function parseTopicsFile(content: unknown, source: string): TopicsFile {
  const parsed = TopicsFileSchema.safeParse(content);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = parsed.error.issues.length > 5 ? `; and ${parsed.error.issues.length - 5} more` : '';
  throw new TopicsFileError(`invalid topics file ${source}: ${lines.join('; ')}${more}`);
}

/**
 * Reads a topics file (`.json`, `.yaml` or `.yml`), or returns the built-in defaults when `path` is undefined.
 * Throws TopicsFileError naming the file and the bad field.
 * @example const topics = await loadTopicsFile(config.topicsFile);
 */
export async function loadTopicsFile(path: string | undefined): Promise<TopicsFile> {
  if (path === undefined) {
    const { DEFAULT_TOPICS } = await import('./default-topics.js');
    return DEFAULT_TOPICS;
  }
  const extension = extname(path).toLowerCase();
  if (!['.json', '.yaml', '.yml'].includes(extension)) {
    throw new TopicsFileError(`topics file ${path}: use a .json, .yaml or .yml file (got "${extension || 'no extension'}")`);
  }
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new TopicsFileError(`topics file ${path} cannot be read: ${(error as Error).message}`, { cause: error });
  }
  let content: unknown;
  try {
    // yaml is loaded only for a YAML topics file (the built-in topics need no parser).
    content = extension === '.json' ? JSON.parse(raw) : (await import('yaml')).parse(raw);
  } catch (error) {
    throw new TopicsFileError(`topics file ${path} is not valid ${extension === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parseTopicsFile(content, path);
}
