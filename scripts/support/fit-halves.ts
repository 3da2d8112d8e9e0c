import { createHash } from 'node:crypto';

/**
 * Which byte of the label's hash halves the corpora: 0 by default; FIT_HALF_BYTE=1, 2 ... halve
 * them another way, to check that a gain on the held-out half is not an accident of one split.
 */
const HALF_BYTE = Number(process.env.FIT_HALF_BYTE ?? 0);

/** The fit half of a corpus: its stories whose label hashes to an even byte (the rest is held out). */
export const inFitHalf = (label: string) =>
  (createHash('sha256').update(label).digest()[HALF_BYTE] ?? 0) % 2 === 0;
