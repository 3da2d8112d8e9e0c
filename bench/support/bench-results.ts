import { mkdir, writeFile } from 'node:fs/promises';

/** Nearest-rank percentile of ascending `sorted` (NaN when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** Writes a benchmark's figures to bench/results/<name>.json, where the README says they are. */
export async function writeBenchResult(name: string, figures: unknown): Promise<void> {
  const dir = new URL('../results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  await writeFile(new URL(`${name}.json`, dir), `${JSON.stringify(figures, null, 2)}\n`);
}
