/** Pairwise clustering quality: over all pairs of items, how often "same story" agrees with the labels. */
export interface PairwiseScores {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Pairwise precision, recall and F1 of a clustering against gold labels, counted by cluster and
 * label sizes (linear in the items, so a corpus of thousands scores at once).
 */
export function pairwiseScores(items: readonly { label: string; cluster: string }[]): PairwiseScores {
  const pairs = (counts: Map<string, number>) =>
    [...counts.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const tally = (key: (item: { label: string; cluster: string }) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
  };
  const both = pairs(tally((item) => `${item.cluster}\u0000${item.label}`));
  const predicted = pairs(tally((item) => item.cluster));
  const actual = pairs(tally((item) => item.label));
  const precision = predicted === 0 ? 1 : both / predicted;
  const recall = actual === 0 ? 1 : both / actual;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}
