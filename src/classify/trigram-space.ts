// TF-IDF cosine over character trigrams, with document frequencies taken from each call's documents.

/** A text as distinct trigram ids with their weights 1 + ln(count). Made by, and only for, one TrigramSpace. */
export interface TrigramVector {
  readonly ids: Int32Array;
  readonly tf: Float64Array;
  /** The space's bookkeeping: the last call that had it as a document. */
  seenIn: number;
}

/** Document frequencies over the documents of the last call in one context (e.g. one topic's candidates). */
interface DfContext {
  df: Uint32Array;
  counted: Set<TrigramVector>;
}

/** Words whose trigram ids are remembered (the memo is emptied when full). */
const WORD_MEMO_SIZE = 50_000;

/** Contexts kept: a worker sees a handful of topic sets. */
const MAX_CONTEXTS = 16;

const GRAM = 3;
// Trigrams of transliterated words are a few tens of thousands at most; past this the space stops growing and new
// trigrams are ignored, so memory stays bounded whatever text arrives.
const MAX_VOCABULARY = 1 << 20;

/**
 * Interns trigrams to ids so a similarity call allocates nothing per candidate: document frequencies and the probe's
 * weights live in typed arrays. The document frequencies are kept from call to call and only the documents that
 * came or went are counted: a worker compares each update with nearly the same 100 recent alerts as the last one.
 * Not re-entrant (it is synchronous).
 * @example const space = new TrigramSpace(); const [s] = space.similarities(space.vector(['drone']), [space.vector(['dron'])]);
 */
export class TrigramSpace {
  private readonly vocabulary = new Map<string, number>();
  /** Size of the trigram id space: probe weights and every context's df cover it. */
  private capacity = 1024;
  private probeWeights = new Float64Array(this.capacity);
  /** Per-trigram counts while a vector is built; all zero between calls. */
  private scratch = new Uint32Array(this.capacity);
  private readonly wordGrams = new Map<string, Int32Array>();
  private readonly idfTables = new Map<number, Float64Array>();
  private readonly contexts = new Map<string, DfContext>();
  /** Numbers each similarities() call, to find a call's distinct documents without a Set. */
  private calls = 0;

  /** The vector of these words (each framed as ^word$ before cutting into trigrams). */
  vector(words: Iterable<string>): TrigramVector {
    // Counts in a scratch array (zeroed again below), ids in first-seen order.
    const touched: number[] = [];
    for (const word of words) {
      const grams = this.gramsOf(word);
      for (let i = 0; i < grams.length; i++) {
        const id = grams[i]!;
        if (this.scratch[id]!++ === 0) touched.push(id);
      }
    }
    const ids = Int32Array.from(touched);
    const tf = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      tf[i] = 1 + Math.log(this.scratch[ids[i]!]!);
      this.scratch[ids[i]!] = 0;
    }
    return { ids, tf, seenIn: 0 };
  }

  /** A word's trigram ids (with repeats), memoised: reports reuse most of their words. */
  private gramsOf(word: string): Int32Array {
    let grams = this.wordGrams.get(word);
    if (!grams) {
      const framed = `^${word}$`;
      const ids: number[] = [];
      for (let at = 0; at + GRAM <= framed.length; at++) {
        const id = this.intern(framed.slice(at, at + GRAM));
        if (id >= 0) ids.push(id);
      }
      grams = Int32Array.from(ids);
      if (this.wordGrams.size >= WORD_MEMO_SIZE) this.wordGrams.clear();
      this.wordGrams.set(word, grams);
    }
    return grams;
  }

  /**
   * Cosine similarity of the probe to each of `scored`, weighting by smoothed IDF over the probe and the distinct
   * `documents` (ln((n+1)/(df+1)) + 1, so a handful of documents still gives sensible weights). Calls in one
   * `context` usually have nearly the same documents: their frequencies are kept and only the change is counted.
   */
  similarities(
    probe: TrigramVector,
    documents: readonly TrigramVector[],
    scored: readonly TrigramVector[] = documents,
    context = '',
  ): Float64Array {
    const { probeWeights } = this;
    const { df, counted } = this.context(context);
    const call = ++this.calls;
    // df counts exactly the distinct documents of this call: add the new ones, take off those no longer here.
    let distinct = 0;
    for (const document of documents) {
      if (document.seenIn === call) continue;
      document.seenIn = call;
      distinct++;
      if (!counted.has(document)) {
        counted.add(document);
        countInto(df, document.ids, 1);
      }
    }
    for (const document of counted) {
      if (document.seenIn === call) continue;
      counted.delete(document);
      countInto(df, document.ids, -1);
    }
    countInto(df, probe.ids, 1);
    const n = distinct + 1;
    const idf = this.idfTable(n);
    let probeNorm = 0;
    for (let i = 0; i < probe.ids.length; i++) {
      const id = probe.ids[i]!;
      const weight = probe.tf[i]! * idf[df[id]!]!;
      probeWeights[id] = weight;
      probeNorm += weight * weight;
    }
    const out = new Float64Array(scored.length);
    for (let index = 0; index < scored.length; index++) {
      const { ids, tf } = scored[index]!;
      let dot = 0;
      let norm = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const weight = tf[i]! * idf[df[id]!]!;
        norm += weight * weight;
        dot += weight * probeWeights[id]!;
      }
      out[index] = probeNorm === 0 || norm === 0 ? 0 : dot / Math.sqrt(probeNorm * norm);
    }
    countInto(df, probe.ids, -1);
    for (let i = 0; i < probe.ids.length; i++) probeWeights[probe.ids[i]!] = 0;
    return out;
  }

  /** The context's frequencies, grown to the id space (new trigrams are in no document yet). */
  private context(name: string): DfContext {
    let context = this.contexts.get(name);
    if (!context) {
      if (this.contexts.size >= MAX_CONTEXTS) this.contexts.delete(this.contexts.keys().next().value!);
      context = { df: new Uint32Array(this.capacity), counted: new Set() };
      this.contexts.set(name, context);
    } else if (context.df.length < this.capacity) {
      const grown = new Uint32Array(this.capacity);
      grown.set(context.df);
      context.df = grown;
    }
    return context;
  }

  /**
   * IDF by document frequency for n documents: it depends only on how many documents have a trigram, so one
   * logarithm per possible frequency, and the tables are kept (n is at most the candidates per call, plus one).
   */
  private idfTable(n: number): Float64Array {
    let table = this.idfTables.get(n);
    if (!table) {
      table = new Float64Array(n + 1);
      for (let count = 0; count <= n; count++) table[count] = Math.log((n + 1) / (count + 1)) + 1;
      if (this.idfTables.size >= 4096) this.idfTables.clear();
      this.idfTables.set(n, table);
    }
    return table;
  }

  private intern(gram: string): number {
    const known = this.vocabulary.get(gram);
    if (known !== undefined) return known;
    if (this.vocabulary.size >= MAX_VOCABULARY) return -1;
    const id = this.vocabulary.size;
    this.vocabulary.set(gram, id);
    if (id >= this.capacity) {
      this.capacity *= 2;
      const weights = new Float64Array(this.capacity);
      weights.set(this.probeWeights);
      this.probeWeights = weights;
      const scratch = new Uint32Array(this.capacity);
      scratch.set(this.scratch);
      this.scratch = scratch;
    }
    return id;
  }
}

/** Adds `add` to counts[id] for each id. Indexed loops: this is the hot path. */
function countInto(counts: Uint32Array, ids: Int32Array, add: 1 | -1): void {
  for (let i = 0; i < ids.length; i++) counts[ids[i]!]! += add;
}
