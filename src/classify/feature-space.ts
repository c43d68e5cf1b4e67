// The learned checks' features as numbers (severity-check.ts, topic-check.ts): a model's feature names (`w:<stem>`,
// `b:<stem>_<stem>`, `rule:…`, `severity:…`, `topic:…`, `bias`) numbered once as it loads, and its weights in one flat
// table, so reading an update costs a map probe per word and a row of additions per feature, not a string built and
// hashed per word and per pair of words (the checks cost more than the rules did that way).
import type { TokenizedText } from './term-index.js';

/** How many letters of a word its stem keeps (severity-check.ts's `w:` and `b:` features). */
export const STEM_LENGTH = 6;

/** The name of an extra feature: `['rule', 'statement']` is `rule:statement`; the kind `bias` is `bias` alone. */
export function extraFeatureName(kind: string, value: string): string {
  return kind === 'bias' ? kind : `${kind}:${value}`;
}

/** How many values of one kind of extra feature a space remembers the number of. */
const MAX_EXTRA_VALUES = 10_000;

/**
 * What a decision's features are read from: its words, and its other features (the rule, the severity, the topics,
 * `bias`), each as a kind and a value (extraFeatureName).
 */
export interface FeatureSource {
  tokenized: TokenizedText;
  extras: readonly (readonly [kind: string, value: string])[];
}

/**
 * The feature numbers of one model (or of two with the same features: the severity and topic checks are trained on the
 * same examples, so they share one, and an update is read once for both). `encode` gives the numbers of the features an
 * update has that the model knows, each once, in the order `severityFeatures` lists their names: a score summed over
 * them in this order is the one summed over the names (to the last bit).
 */
export interface FeatureSpace {
  /** How many features the model has (numbers 0 … size − 1). */
  readonly size: number;
  /** The number of a feature name, or undefined for one the model does not know. */
  idOf(name: string): number | undefined;
  /**
   * The numbers of an update's features. The same tokens array and extras as the last call give the same array again:
   * neither may be changed after a call (the classifier builds both afresh for each reading).
   */
  encode(source: FeatureSource): readonly number[];
  /**
   * The model's weights as one table: row `id` is `table[id * width …]`. Every feature of `weights` must be one of the space's.
   * @example const table = space.table(model.weights, 5); // scores[k] += table[id * 5 + k]
   */
  table(weights: Readonly<Record<string, readonly number[]>>, width: number): Float64Array;
}

/**
 * Numbers the features `names` (a model's weight table's keys).
 * @example const space = createFeatureSpace(Object.keys(model.weights)); space.encode({ tokenized, extras: [['bias', '']] })
 */
export function createFeatureSpace(names: readonly string[]): FeatureSpace {
  const ids = new Map<string, number>();
  names.forEach((name, id) => ids.set(name, id));
  // Every stem a word or pair feature names, numbered; a pair's number is its two stems' numbers together.
  const stems = new Map<string, number>();
  const stemNumber = (stem: string): number => {
    let number = stems.get(stem);
    if (number === undefined) stems.set(stem, (number = stems.size));
    return number;
  };
  // (Every role builds this as it starts: typed arrays and a counting sort, no array per pair.)
  const wordOf = new Int32Array(names.length).fill(-1);
  const firsts = new Int32Array(names.length);
  const seconds = new Int32Array(names.length);
  const pairIds = new Int32Array(names.length);
  let pairCount = 0;
  names.forEach((name, id) => {
    if (name.startsWith('w:')) wordOf[stemNumber(name.slice(2))] = id;
    else if (name.startsWith('b:')) {
      // A stem is letters, marks, digits and apostrophes (term-index.ts tokenize): the first `_` parts the two.
      const cut = name.indexOf('_', 2);
      if (cut === -1) return;
      firsts[pairCount] = stemNumber(name.slice(2, cut));
      seconds[pairCount] = stemNumber(name.slice(cut + 1));
      pairIds[pairCount++] = id;
    }
  });
  const stemCount = stems.size;
  const wordFeature = wordOf.subarray(0, stemCount);
  // The pairs by their first stem, each stem's sorted by the second (a binary search in a few neighbouring numbers: fewer
  // cache misses than a hash table of them all).
  const pairStart = new Int32Array(stemCount + 1);
  for (let at = 0; at < pairCount; at++) pairStart[firsts[at]! + 1]!++;
  for (let stem = 0; stem < stemCount; stem++) pairStart[stem + 1]! += pairStart[stem]!;
  const pairSecond = new Int32Array(pairCount);
  const pairId = new Int32Array(pairCount);
  const filled = pairStart.slice(0, stemCount);
  for (let at = 0; at < pairCount; at++) {
    const to = filled[firsts[at]!]!++;
    pairSecond[to] = seconds[at]!;
    pairId[to] = pairIds[at]!;
  }
  // Each stem's few pairs sorted by the second stem (insertion sort: a stem has a handful).
  for (let stem = 0; stem < stemCount; stem++) {
    for (let at = pairStart[stem]! + 1; at < pairStart[stem + 1]!; at++) {
      const second = pairSecond[at]!;
      const id = pairId[at]!;
      let to = at;
      for (; to > pairStart[stem]! && pairSecond[to - 1]! > second; to--) {
        pairSecond[to] = pairSecond[to - 1]!;
        pairId[to] = pairId[to - 1]!;
      }
      pairSecond[to] = second;
      pairId[to] = id;
    }
  }
  const pairFeature = (first: number, second: number): number => {
    let low = pairStart[first]!;
    let high = pairStart[first + 1]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const at = pairSecond[middle]!;
      if (at === second) return pairId[middle]!;
      if (at < second) low = middle + 1;
      else high = middle;
    }
    return -1;
  };

  const stemOf = (word: string): number => stems.get(word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word) ?? -1;
  // The last encoding: both checks read the same update, one after the other.
  let last: { tokens: TokenizedText['tokens']; extras: FeatureSource['extras']; ids: readonly number[] } | undefined;
  // The number of each extra feature by kind and value (the rules' and topics' own strings, whose hashes are kept), so
  // no name is built and hashed per update; -1 for one the model does not know.
  const extraIds = new Map<string, Map<string, number>>();
  const extraId = (kind: string, value: string): number => {
    let byValue = extraIds.get(kind);
    if (!byValue) extraIds.set(kind, (byValue = new Map()));
    let id = byValue.get(value);
    if (id === undefined) {
      id = ids.get(extraFeatureName(kind, value)) ?? -1;
      // Bounded: a value is a rule's name, a severity or a topic, but a caller could pass any.
      if (byValue.size < MAX_EXTRA_VALUES) byValue.set(value, id);
    }
    return id;
  };
  // Which features an encoding has taken already: marked with the encoding's number, so nothing is cleared between updates.
  const taken = new Uint32Array(names.length);
  let encoding = 0;

  return {
    size: names.length,
    idOf: (name) => ids.get(name),
    encode({ tokenized, extras }) {
      if (last && last.tokens === tokenized.tokens && sameExtras(last.extras, extras)) return last.ids;
      if (++encoding === 0xffffffff) {
        taken.fill(0);
        encoding = 1;
      }
      const found: number[] = [];
      const take = (id: number) => {
        if (taken[id] === encoding) return;
        taken[id] = encoding;
        found.push(id);
      };
      // As severityFeatures: each word's stem, and each pair of neighbouring stems within a sentence.
      let previous = -2; // -2: no word before (a break); -1: a word whose stem the model does not know
      for (const token of tokenized.tokens) {
        if (token.word === '') {
          previous = -2;
          continue;
        }
        const stem = stemOf(token.word);
        if (stem >= 0) {
          const word = wordFeature[stem]!;
          if (word >= 0) take(word);
          if (previous >= 0) {
            const pair = pairFeature(previous, stem);
            if (pair >= 0) take(pair);
          }
        }
        previous = stem;
      }
      for (const [kind, value] of extras) {
        const id = extraId(kind, value);
        if (id >= 0) take(id);
      }
      last = { tokens: tokenized.tokens, extras, ids: found };
      return found;
    },
    table(weights, width) {
      const table = new Float64Array(names.length * width);
      // A model's own space, or another model's written in the same order, numbers its keys in their order: no lookup.
      Object.keys(weights).forEach((name, order) => {
        const id = names[order] === name ? order : ids.get(name);
        if (id === undefined) throw new Error(`the feature '${name}' is not in this feature space`);
        const row = weights[name]!;
        for (let at = 0; at < width; at++) table[id * width + at] = row[at]!;
      });
      return table;
    },
  };
}

/**
 * The space for a model's `weights`: `shared` when it numbers exactly these features (another check's, trained on the same
 * examples), else a new one.
 * @example const space = featureSpaceFor(model.weights, severityCheck.space);
 */
export function featureSpaceFor(weights: Readonly<Record<string, unknown>>, shared?: FeatureSpace): FeatureSpace {
  const names = Object.keys(weights);
  if (shared && shared.size === names.length && names.every((name) => shared.idOf(name) !== undefined)) return shared;
  return createFeatureSpace(names);
}

function sameExtras(a: FeatureSource['extras'], b: FeatureSource['extras']): boolean {
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at++) if (a[at]![0] !== b[at]![0] || a[at]![1] !== b[at]![1]) return false;
  return true;
}

/**
 * Adds the rows of `ids` in `table` (`width` numbers a row) to a fresh array of scores.
 * @example const scores = sumRows(space.encode(source), table, 5);
 */
export function sumRows(ids: readonly number[], table: Float64Array, width: number): Float64Array {
  const scores = new Float64Array(width);
  for (const id of ids) {
    const base = id * width;
    for (let at = 0; at < width; at++) scores[at]! += table[base + at]!;
  }
  return scores;
}
