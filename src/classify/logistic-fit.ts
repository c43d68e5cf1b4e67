// Fitting the learned checks' weights (severity-check.ts, topic-check.ts): one row of weights per feature, AdaGrad with
// L2 over a fixed-seed shuffle, so the same examples in the same order always give the same weights.

/** How a check is fitted. */
export interface FitOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen in fewer examples than this are dropped (they would only memorise one update). */
  minCount: number;
  seed: number;
}

/**
 * Fits a row of `width` weights per feature. For each example in turn, its score per output is the sum of its
 * features' rows; `errors(scores, at)` says, for example `at`, how far each output's answer is from the gold one (the
 * loss's slope: predicted probability minus gold), and every row of the example moves against it. Weights are rounded
 * to four decimals, as the model files store them.
 */
export function fitWeights(
  features: readonly (readonly string[])[],
  width: number,
  options: FitOptions,
  errors: (scores: Float64Array, at: number) => ArrayLike<number>,
): Record<string, number[]> {
  const counts = new Map<string, number>();
  for (const list of features) for (const feature of list) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  // The kept features' rows side by side in one array (and their squared gradients in another), each example as the
  // offsets of its rows: the same sums in the same order as a row per feature, without an array per row to chase.
  const offsets = new Map<string, number>();
  const kept: string[] = [];
  for (const [feature, count] of counts) {
    if (count < options.minCount) continue;
    offsets.set(feature, kept.length * width);
    kept.push(feature);
  }
  const weights = new Float64Array(kept.length * width);
  const squares = new Float64Array(kept.length * width);
  const rows = features.map((list) => Int32Array.from(list.filter((feature) => offsets.has(feature)), (feature) => offsets.get(feature)!));
  let seed = options.seed;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
  const order = rows.map((_, at) => at);
  const scores = new Float64Array(width);
  const { learningRate, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let at = order.length - 1; at > 0; at--) {
      const other = Math.floor(random() * (at + 1));
      [order[at], order[other]] = [order[other]!, order[at]!];
    }
    for (const at of order) {
      const own = rows[at]!;
      scores.fill(0);
      for (let i = 0; i < own.length; i++) {
        const offset = own[i]!;
        for (let k = 0; k < width; k++) scores[k]! += weights[offset + k]!;
      }
      const error = errors(scores, at);
      for (let i = 0; i < own.length; i++) {
        const offset = own[i]!;
        for (let k = 0; k < width; k++) {
          const gradient = error[k]! + l2 * weights[offset + k]!;
          squares[offset + k]! += gradient * gradient;
          weights[offset + k]! -= (learningRate * gradient) / Math.sqrt(squares[offset + k]! + 1e-8);
        }
      }
    }
  }
  const stored: Record<string, number[]> = {};
  for (const [index, feature] of kept.entries()) {
    stored[feature] = Array.from(weights.subarray(index * width, (index + 1) * width), (weight) => Math.round(weight * 10_000) / 10_000);
  }
  return stored;
}
