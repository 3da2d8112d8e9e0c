import { mix32 } from './hash32.js';

/** Seeds for the seeded permutations, fixed so signatures stored before a restart stay comparable. */
function seedsFor(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) seeds[i] = mix32(0x9e3779b9 + Math.imul(i, 0x632be5ab));
  return seeds;
}

const seedCache = new Map<number, Uint32Array>();

/**
 * The MinHash signature of a shingle set: for each of `count` seeded permutations
 * (murmur3's finalizer over hash ^ seed) the smallest permuted value. Two signatures agree in a
 * slot with probability equal to the sets' Jaccard similarity.
 */
export function minhashSignature(shingles: Uint32Array, count: number): Uint32Array {
  let seeds = seedCache.get(count);
  if (!seeds) {
    seeds = seedsFor(count);
    seedCache.set(count, seeds);
  }
  const signature = new Uint32Array(count).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s += 1) {
    const shingle = shingles[s] as number;
    for (let i = 0; i < count; i += 1) {
      // mix32(shingle ^ seed) written out: this loop is most of the cost of fingerprinting.
      let h = (shingle ^ (seeds[i] as number)) >>> 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  return signature;
}

/** Share of agreeing slots: the estimated Jaccard similarity of the two sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const length = Math.min(a.length, b.length);
  if (length === 0) return 0;
  let same = 0;
  for (let i = 0; i < length; i += 1) if (a[i] === b[i]) same += 1;
  return same / length;
}

/**
 * LSH band keys: the signature cut into `bands` runs of `rows` values, each run hashed. Two texts
 * land in a shared bucket with probability 1 - (1 - J^rows)^bands (about 0.98 at J = 0.5 for 32 x 4).
 */
export function bandKeys(signature: Uint32Array, bands: number, rows: number): string[] {
  const keys: string[] = [];
  for (let band = 0; band < bands; band += 1) {
    let hash = mix32(0x811c9dc5 ^ band);
    for (let row = 0; row < rows; row += 1) {
      hash = mix32(Math.imul(hash, 0x01000193) ^ (signature[band * rows + row] as number));
    }
    keys.push(`${band}:${hash.toString(36)}`);
  }
  return keys;
}
