import { createHash } from 'node:crypto';

/** The fit half of a corpus: its stories whose label hashes to an even first byte (the rest is held out). */
export const inFitHalf = (label: string) => (createHash('sha256').update(label).digest()[0] ?? 0) % 2 === 0;
