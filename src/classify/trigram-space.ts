// TF-IDF cosine over character trigrams, with document frequencies taken from each call's documents.

/** A text as distinct trigram ids with their weights 1 + ln(count). */
export interface TrigramVector {
  ids: Int32Array;
  tf: Float64Array;
}

const GRAM = 3;
// Trigrams of transliterated words are a few tens of thousands at most; past this the space stops growing and new
// trigrams are ignored, so memory stays bounded whatever text arrives.
const MAX_VOCABULARY = 1 << 20;

/**
 * Interns trigrams to ids so a similarity call allocates nothing per candidate: document frequencies and the probe's
 * weights live in typed arrays that are reset after each call. Not re-entrant (it is synchronous).
 * @example const space = new TrigramSpace(); const [s] = space.similarities(space.vector(['drone']), [space.vector(['dron'])]);
 */
export class TrigramSpace {
  private readonly vocabulary = new Map<string, number>();
  private df = new Uint32Array(1024);
  private probeWeights = new Float64Array(1024);

  /** The vector of these words (each framed as ^word$ before cutting into trigrams). */
  vector(words: Iterable<string>): TrigramVector {
    const counts = new Map<number, number>();
    for (const word of words) {
      const framed = `^${word}$`;
      for (let at = 0; at + GRAM <= framed.length; at++) {
        const id = this.intern(framed.slice(at, at + GRAM));
        if (id >= 0) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const ids = Int32Array.from(counts.keys());
    return { ids, tf: Float64Array.from(ids, (id) => 1 + Math.log(counts.get(id)!)) };
  }

  /**
   * Cosine similarity of the probe to each document, weighting by smoothed IDF over the probe and the distinct
   * documents (ln((n+1)/(df+1)) + 1, so a handful of documents still gives sensible weights).
   */
  similarities(probe: TrigramVector, documents: readonly TrigramVector[]): Float64Array {
    const distinct = [...new Set(documents)];
    const { df, probeWeights } = this;
    for (const id of probe.ids) df[id]!++;
    for (const document of distinct) for (const id of document.ids) df[id]!++;
    const n = distinct.length + 1;
    // IDF depends only on a trigram's document frequency: one logarithm per possible frequency, not per trigram.
    const idf = Float64Array.from({ length: n + 1 }, (_, count) => Math.log((n + 1) / (count + 1)) + 1);
    let probeNorm = 0;
    for (let i = 0; i < probe.ids.length; i++) {
      const id = probe.ids[i]!;
      const weight = probe.tf[i]! * idf[df[id]!]!;
      probeWeights[id] = weight;
      probeNorm += weight * weight;
    }
    const out = new Float64Array(documents.length);
    for (let index = 0; index < documents.length; index++) {
      const { ids, tf } = documents[index]!;
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
    for (const id of probe.ids) {
      df[id] = 0;
      probeWeights[id] = 0;
    }
    for (const document of distinct) for (const id of document.ids) df[id] = 0;
    return out;
  }

  private intern(gram: string): number {
    const known = this.vocabulary.get(gram);
    if (known !== undefined) return known;
    if (this.vocabulary.size >= MAX_VOCABULARY) return -1;
    const id = this.vocabulary.size;
    this.vocabulary.set(gram, id);
    if (id >= this.df.length) {
      const grown = new Uint32Array(this.df.length * 2);
      grown.set(this.df);
      this.df = grown;
      const weights = new Float64Array(this.probeWeights.length * 2);
      weights.set(this.probeWeights);
      this.probeWeights = weights;
    }
    return id;
  }
}
