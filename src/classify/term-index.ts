// Whole-word, Unicode-aware term matching: normalisation, tokenising, and one index over every term of a rule set.

/** One word of an update, lower-cased, with where it sits in the normalised text. */
export interface Token {
  /** Lower-cased word; "" marks a sentence or field break that no phrase may cross. */
  word: string;
  start: number;
  end: number;
  /** Clause punctuation (a comma, a colon, a dash, a bracket, a quote) stands between it and the token before. */
  punctuated?: true;
}

/** A tokenised update: the normalised text (for quoting) and its words. */
export interface TokenizedText {
  text: string;
  tokens: Token[];
}

// Apostrophe look-alikes (right single quote, modifier letter apostrophe, grave, prime, left quote) → "'".
const APOSTROPHES = /[\u2019\u02BC\u2018\u0060\u00B4\u2032\uFF07]/g;
// A word: letters, marks and digits, with inner apostrophes (п'ять, об'єкт); or a break (sentence punctuation).
const WORD_OR_BREAK = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*|[.!?;…\n]/gu;
// English possessive: "Kyiv's" is the word "Kyiv".
const POSSESSIVE = /'s$/;

// Invisible characters that split words when pasted from the web (soft hyphen, zero-width space/joiners, BOM), and
// the stress mark Ukrainian texts put on vowels that have no precomposed form (тривóга); and the variation selectors
// and keycap mark that follow emoji ("➡️", "3️⃣"), which are marks and would otherwise make a word of their own
// ("Бровари ➡️ Київ, 2 КАБи" is a terse post of places, a number and a weapon).
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0301\uFE00-\uFE0F\u20E3]/g;

/** NFKC normalisation and one apostrophe, so ’ and ' and full-width letters compare equal. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(APOSTROPHES, "'");
}

// Latin letters that look Cyrillic: a word written mostly in Cyrillic with one of these ("Kиїв") is Cyrillic.
// (With "ï", the Latin i with a diaeresis, for "ї": "Kиïв".)
const LATIN_LOOKALIKES: Record<string, string> = { a: 'а', c: 'с', e: 'е', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', x: 'х', y: 'у', h: 'н', t: 'т', b: 'в', ï: 'ї' };
/** Folds Latin look-alike letters into Cyrillic in a word (lower-cased) that mixes the two scripts. */
function foldMixedScript(word: string): string {
  // One pass over the letters (every word of every update comes here; most are of one script).
  let latin = false;
  let cyrillic = false;
  for (let at = 0; at < word.length && !(latin && cyrillic); at++) {
    const code = word.charCodeAt(at);
    if ((code >= 0x61 && code <= 0x7a) || code === 0xef) latin = true;
    else if (code >= 0x400 && code <= 0x4ff) cyrillic = true;
  }
  if (!latin || !cyrillic) return word;
  return word.replace(/[a-zï]/g, (letter) => LATIN_LOOKALIKES[letter] ?? letter);
}

// Clause punctuation between two words: a lone `*` of a term never stands across it. Not a hyphen inside a name
// ("Білгород-Дністровський").
const CLAUSE_PUNCTUATION = /[,:—–()«»"“”„]|\s-|-\s/u;

const DIGIT = /\p{N}/u;

/** True when text[at] is a point between two digits ("3.1"): no sentence end, for tokenize and opensSentence alike. */
export function isDecimalPoint(text: string, at: number): boolean {
  return text[at] === '.' && DIGIT.test(text[at - 1] ?? '') && DIGIT.test(text[at + 1] ?? '');
}

const MERIDIEM = /^[ap]$/i;
const UPPER_CASE = /\p{Lu}/u;
const LETTER = /\p{L}/u;
/**
 * True when text[at] is a point of "a.m." or "p.m." that ends no sentence: the first always, the second unless a capital
 * follows it ("just before 2:30 p.m., less than two hours after the all-clear" is one sentence; "at 2 p.m. Sirens sounded" two).
 */
export function isMeridiemPoint(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const startsAt = (from: number) => MERIDIEM.test(text[from] ?? '') && !LETTER.test(text[from - 1] ?? '') && (text[from + 1] === '.') && /m/i.test(text[from + 2] ?? '');
  if (startsAt(at - 1)) return text[at + 2] === '.' || !LETTER.test(text[at + 2] ?? '');
  if (!(startsAt(at - 3) && text[at - 2] === '.')) return false;
  // The next character that is not a space (read in place: a text of many "p.m." copies nothing).
  let next = at + 1;
  while (next < text.length && /\s/u.test(text[next]!)) next++;
  return next < text.length && !UPPER_CASE.test(text[next]!);
}

/** True when text[at] is a comma that groups a number's thousands ("1,500 drones"): no clause break. */
export function isThousandsComma(text: string, at: number): boolean {
  return (
    text[at] === ',' &&
    DIGIT.test(text[at - 1] ?? '') &&
    /^\p{N}{3}(?!\p{N})/u.test(text.slice(at + 1, at + 5))
  );
}

/** Splits normalised text into lower-cased words and breaks. */
export function tokenize(raw: string): TokenizedText {
  const text = normalizeText(raw);
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD_OR_BREAK)) {
    const value = match[0];
    const start = match.index;
    const gapEnd = previousEnd;
    previousEnd = start + value.length;
    if (value.length === 1 && '.!?;…\n'.includes(value)) {
      // A point between digits is no sentence end: "черги 3.1 і 3.2 без світла" is one sentence with its schedule
      // (a rule held back in its sentence reads all of it). A full stop after a single capital ("U.S.") still breaks:
      // phrases never span initials in practice.
      if (isDecimalPoint(text, start) || isMeridiemPoint(text, start)) continue;
      tokens.push({ word: '', start, end: start });
      continue;
    }
    let word = foldMixedScript(value.toLowerCase());
    if (POSSESSIVE.test(word)) word = word.slice(0, -2);
    const token: Token = { word, start, end: start + value.length };
    // Most words follow one space: the pattern is tried only where something else stands between.
    if ((start - gapEnd > 1 || text[gapEnd] !== ' ') && gapEnd > 0 && CLAUSE_PUNCTUATION.test(text.slice(gapEnd, start)) && !isThousandsComma(text, gapEnd)) {
      token.punctuated = true;
    }
    tokens.push(token);
  }
  return { text, tokens };
}

/** A term compiled to words; `prefix` words match any word that starts with them. */
interface CompiledTerm {
  words: readonly TermWord[];
  /** The term as written in the rules, for reasons[]. */
  term: string;
  /** Which rule lists this term belongs to (the caller's numbering): a term in many lists is tried once. */
  groups: number[];
  /** How many words it has (words.length, kept beside the rest so a hit reads one object). */
  length: number;
  /** Where its hits stand among the hits of other terms at the same token (see `find`). */
  rank: number;
}

/** A term found in an update: tokens [start, end). */
export interface TermHit {
  group: number;
  term: string;
  start: number;
  end: number;
}

// A word or stem, or a lone `*`: any one word (never a break), between two words of a term ("тривог* в * завершено").
const TERM_WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*\*?|(?<![\p{L}\p{M}\p{N}'*])\*(?![\p{L}\p{M}\p{N}'*])/gu;

// A term of plain words, stems and lone `*`s between single spaces: letters of Latin and Cyrillic, either case (their lower
// cases are in the set too; with the Cyrillic combining marks, U+0483–0489, which TERM_WORD reads as part of a word; not
// U+0482, a sign) and digits.
const PLAIN_TERM = /^(?:[a-zA-Z0-9\u0400-\u0481\u0483-\u04ff]+\*?|\*)(?: (?:[a-zA-Z0-9\u0400-\u0481\u0483-\u04ff]+\*?|\*))*$/;

/** Words a lone `*` of a term never stands for: a negation turns the term's meaning round. */
const NEGATION_WORDS = new Set(['не', 'ні', 'ані', 'нема', 'немає', 'not', 'no', 'never', 'nor', 'cannot']);

/** One word of a compiled term; `prefix` words match any word that starts with them. */
export interface TermWord {
  readonly text: string;
  readonly prefix: boolean;
}

// Terms compiled once per process: the classifier, the incident matcher and the place finders index many of the same
// terms (the topics' terms and negatives, the severe and extreme rules' terms, the gazetteer's names), and a role's
// start paid for each again. A term is a few dozen bytes; the memo starts over past a bound no rule set reaches
// (topic lists hold at most 20,000 terms each), so no run of made-up rule sets can grow it without limit.
const compiledWords = new Map<string, readonly TermWord[]>();
const MAX_COMPILED_TERMS = 1_000_000;

/** Compiles one term of the rules ("air-raid alert", "тривог*", "alert in * lifted") to its words. */
export function compileTerm(term: string): readonly TermWord[] {
  const known = compiledWords.get(term);
  if (known) return known;
  // Most terms are plain words (Latin or Cyrillic letters, digits) and stems between single spaces: split as TERM_WORD
  // would, without its Unicode classes (a role's start compiles some 29,000 distinct terms). Such a term as written
  // normalises to itself (NFKC changes none of those letters, nor a Cyrillic letter and a Cyrillic mark after it).
  const asWritten = PLAIN_TERM.test(term);
  const normal = asWritten ? term : normalizeText(term);
  const lower = normal.toLowerCase();
  if (asWritten || PLAIN_TERM.test(lower)) {
    const plain = lower.split(' ').map((word): TermWord => (word.endsWith('*') ? { text: word.slice(0, -1), prefix: true } : { text: word, prefix: false }));
    return remember(term, plain);
  }
  const words: TermWord[] = [];
  for (const match of normal.matchAll(TERM_WORD)) {
    let text = match[0].toLowerCase();
    const prefix = text.endsWith('*');
    if (prefix) text = text.slice(0, -1);
    else if (POSSESSIVE.test(text)) text = text.slice(0, -2);
    words.push({ text, prefix });
  }
  return remember(term, words);
}

function remember(term: string, words: readonly TermWord[]): readonly TermWord[] {
  if (compiledWords.size >= MAX_COMPILED_TERMS) compiledWords.clear();
  compiledWords.set(term, words);
  return words;
}

/**
 * A node of the term trie, `depth` words from the root: the terms whose words end here, and the words that can come
 * next: exact words, stems (with their lengths, shortest first) and a lone `*`. A node's terms are sorted under it
 * only when an update first reaches it (`pending` until then): a process reads a small part of the rules' vocabulary,
 * and a role starts sooner without building the rest.
 */
interface TrieNode {
  depth: number;
  pending: CompiledTerm[] | undefined;
  terms: CompiledTerm[] | undefined;
  exact: Map<string, TrieNode> | undefined;
  stems: Map<string, TrieNode> | undefined;
  stemLengths: number[] | undefined;
  any: TrieNode | undefined;
}

const newNode = (depth: number): TrieNode => ({ depth, pending: undefined, terms: undefined, exact: undefined, stems: undefined, stemLengths: undefined, any: undefined });

/** Sorts the terms that pass through `node` into its children (or its own terms, for those that end there). */
function expand(node: TrieNode): void {
  const pending = node.pending!;
  node.pending = undefined;
  for (const compiled of pending) {
    const word = compiled.words[node.depth];
    if (!word) (node.terms ??= []).push(compiled);
    else (childFor(node, word).pending ??= []).push(compiled);
  }
}

/** The child of `node` for one word of a term, made when missing. */
function childFor(node: TrieNode, word: TermWord): TrieNode {
  if (word.prefix && word.text === '') return (node.any ??= newNode(node.depth + 1));
  const children = word.prefix ? (node.stems ??= new Map()) : (node.exact ??= new Map());
  let child = children.get(word.text);
  if (!child) {
    children.set(word.text, (child = newNode(node.depth + 1)));
    if (word.prefix) {
      const lengths = (node.stemLengths ??= []);
      if (!lengths.includes(word.text.length)) {
        lengths.push(word.text.length);
        lengths.sort((a, b) => a - b);
      }
    }
  }
  return child;
}

const NO_NODES: readonly TrieNode[] = [];
// Distinct words memoised per index (a few MB at most).
const MAX_MEMO_WORDS = 50_000;

export interface TermIndex {
  /** Every hit of every term in the tokens, in token order. */
  find(tokens: readonly Token[]): TermHit[];
}

/**
 * Builds one index over many term lists; `groups[i]` is list i and hits carry i.
 * The terms are a trie of their words: a word of the update costs a map probe (its first word's nodes are memoised),
 * and the words after it are read only as far as some term goes on matching, so cost grows with the text, not with the
 * rule count nor with how many terms share a first word or two ("in", "air raid").
 */
export function createTermIndex(groups: readonly (readonly string[])[]): TermIndex {
  const root = newNode(0);
  // Hits at one token come in the order of `rank`: terms whose first word is a word come first, then those whose first
  // word is a stem (shorter stems first), then those whose first two words are words; each in the order the lists
  // first name them. (The order the index had before it was a trie; the rules read some lists' first hit.)
  const stemLengthsOfFirst: number[] = [];
  const compiledTerms: CompiledTerm[] = [];
  // The same term in another list (rules share their lists: a seventh of the default rules' 144,000 terms are
  // distinct) is compiled once and found once, a hit for each list.
  // (null: a term with no words, found nowhere.)
  const byTerm = new Map<string, CompiledTerm | null>();
  groups.forEach((terms, group) => {
    for (const term of terms) {
      const known = byTerm.get(term);
      if (known !== undefined) {
        // Lists are read in order: a list that names a term twice has it last.
        if (known && known.groups[known.groups.length - 1] !== group) known.groups.push(group);
        continue;
      }
      const words = compileTerm(term);
      const first = words[0];
      // A term is found from its first word: one that is any word (`*`) would be tried at every word of every update.
      if (first?.text === '') throw new Error(`a term cannot start with "*" (any word): '${term}'`);
      const compiled: CompiledTerm | null = first ? { words, term, groups: [group], length: words.length, rank: 0 } : null;
      byTerm.set(term, compiled);
      if (!first || !compiled) continue;
      (childFor(root, first).pending ??= []).push(compiled);
      compiledTerms.push(compiled);
      if (first.prefix && !stemLengthsOfFirst.includes(first.text.length)) stemLengthsOfFirst.push(first.text.length);
    }
  });
  stemLengthsOfFirst.sort((a, b) => a - b);
  compiledTerms.forEach((compiled, order) => {
    const [first, second] = compiled.words;
    const bucket = first!.prefix ? 1 + stemLengthsOfFirst.indexOf(first!.text.length) : second && !second.prefix ? 1 + stemLengthsOfFirst.length : 0;
    compiled.rank = bucket * compiledTerms.length + order;
  });

  // The nodes a word can start from, memoised per word: news reuses a small vocabulary, so after warm-up a word costs
  // one map probe however many stem lengths the rules have. Bounded so odd input cannot grow it without limit.
  const firstNodes = new Map<string, readonly TrieNode[]>();
  const startsOf = (word: string): readonly TrieNode[] => {
    const known = firstNodes.get(word);
    if (known) return known;
    const found: TrieNode[] = [];
    const exact = root.exact?.get(word);
    if (exact) found.push(exact);
    if (root.stems) {
      for (const length of root.stemLengths!) {
        if (length > word.length) break;
        const stem = root.stems.get(word.slice(0, length));
        if (stem) found.push(stem);
      }
    }
    const result = found.length === 0 ? NO_NODES : found;
    if (firstNodes.size < MAX_MEMO_WORDS) firstNodes.set(word, result);
    return result;
  };

  /** Adds the terms of `node` (reached by the words tokens[at, at + node.depth)), and of the nodes the next words reach, to `matched`. */
  const walk = (node: TrieNode, tokens: readonly Token[], at: number, matched: CompiledTerm[]): void => {
    if (node.pending) expand(node);
    if (node.terms) matched.push(...node.terms);
    if (!node.exact && !node.stems && !node.any) return;
    const next = at + node.depth;
    const token = tokens[next];
    if (!token || token.word === '') return;
    const word = token.word;
    const exact = node.exact?.get(word);
    if (exact) walk(exact, tokens, at, matched);
    if (node.stems) {
      for (const length of node.stemLengths!) {
        if (length > word.length) break;
        const stem = node.stems.get(word.slice(0, length));
        if (stem) walk(stem, tokens, at, matched);
      }
    }
    // A lone `*` is any one word but a negation ("тривогу в * скасовано" must not read "тривогу в Києві не скасовано"),
    // of the same clause: no punctuation before it or after it.
    if (node.any && !NEGATION_WORDS.has(word) && !word.endsWith("n't") && !token.punctuated && !tokens[next + 1]?.punctuated) {
      walk(node.any, tokens, at, matched);
    }
  };

  return {
    find(tokens) {
      const hits: TermHit[] = [];
      const matched: CompiledTerm[] = [];
      for (let at = 0; at < tokens.length; at++) {
        const word = tokens[at]!.word;
        if (word === '') continue;
        const starts = startsOf(word);
        if (starts.length === 0) continue;
        for (const node of starts) walk(node, tokens, at, matched);
        if (matched.length === 0) continue;
        if (matched.length > 1) matched.sort((a, b) => a.rank - b.rank);
        for (const compiled of matched) {
          const end = at + compiled.length;
          for (const group of compiled.groups) hits.push({ group, term: compiled.term, start: at, end });
        }
        matched.length = 0;
      }
      return hits;
    },
  };
}

/** A range of tokens [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
}

/** True when token ranges [aStart, aEnd) and [bStart, bEnd) share a token. */
export function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * A test of whether a span overlaps any of `contexts`. The contexts are merged into disjoint runs once and each
 * test is a binary search, so a text with thousands of both hits and contexts ("Kyiv-based" 1,800 times) costs
 * n log n, not a comparison per pair.
 * @example const cancelled = overlapsAny(negatives); hits.filter((hit) => !cancelled(hit));
 */
export function overlapsAny(contexts: readonly TokenSpan[]): (span: TokenSpan) => boolean {
  if (contexts.length === 0) return () => false;
  const sorted = [...contexts].sort((a, b) => a.start - b.start);
  // Disjoint runs in order: both their starts and their ends increase.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { start, end } of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && start <= ends[last]!) ends[last] = Math.max(ends[last]!, end);
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  return (span) => {
    // The first run that ends after the span starts is the only one that can overlap it.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ends[middle]! > span.start) high = middle;
      else low = middle + 1;
    }
    return low < ends.length && starts[low]! < span.end;
  };
}

/**
 * A test of whether a negative context cancels a hit: one of `negatives` overlaps it and is not contained whole in it
 * as a shorter span. A term longer than a negative it contains is the more specific reading and stands ("strikes on
 * Kyiv will" beside the negative "Kyiv will"); one that a negative reaches out of, or one equal to it, is cancelled.
 * Sorted once; each test is a binary search plus the negatives that start inside the hit (a term is a few words, so
 * those are bounded by the vocabulary, not by the text's length).
 * @example const cancelled = cancelsAny(negatives); hits.filter((hit) => !cancelled(hit));
 */
export function cancelsAny(negatives: readonly TokenSpan[]): (hit: TokenSpan) => boolean {
  if (negatives.length === 0) return () => false;
  const sorted = [...negatives].sort((a, b) => a.start - b.start);
  // The furthest end of the negatives up to each index: one that starts before a hit overlaps it iff this passes its start.
  const reach = new Int32Array(sorted.length);
  sorted.forEach(({ end }, at) => (reach[at] = Math.max(end, at > 0 ? reach[at - 1]! : 0)));
  return (hit) => {
    const from = firstStartingAtOrAfter(sorted, hit.start);
    if (from > 0 && reach[from - 1]! > hit.start) return true;
    const length = hit.end - hit.start;
    for (let at = from; at < sorted.length && sorted[at]!.start < hit.end; at++) {
      const negative = sorted[at]!;
      if (negative.end > hit.end || negative.end - negative.start >= length) return true;
    }
    return false;
  };
}

/** The index of the first of `items` (sorted by `start`) that starts at or after `start` (a binary search). */
export function firstStartingAtOrAfter(items: readonly { start: number }[], start: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}
