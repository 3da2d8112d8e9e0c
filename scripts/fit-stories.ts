/**
 * `npm run fit:stories`: fits the story options (threshold, weights, windows, lead length) on the
 * development corpora in ../shared/corpora (NEWSBOT_CORPORA overrides; skipped with a message when
 * absent). Each corpus's stories are split in two halves by a hash of their label: a coordinate
 * search maximises the mean pairwise F1 over the corpora's fit halves, penalising precision under
 * 0.90, then the held-out halves are scored once with the chosen values. Prints both, writes
 * bench/results/fit-stories.json, and with --write rewrites src/core/stories/fitted-story-options.ts.
 * The production figures come from `npm run eval:stories`.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from '../src/core/stories/story-options.js';
import { clusterCandidates } from './support/cluster-candidates.js';
import { type CandidateSet, candidatesOf } from './support/story-candidates.js';
import { corpusDir, STORY_CORPORA } from './support/story-corpora.js';

type Tuned =
  | 'threshold'
  | 'reviveThreshold'
  | 'cosineWeight'
  | 'openDays'
  | 'fadeAtClose'
  | 'leadWords'
  | 'commonShare';

/** The values tried for each tuned option, in the order the coordinate search visits them. */
const GRID: Record<Tuned, number[]> = {
  threshold: [0.18, 0.2, 0.22, 0.24, 0.26],
  reviveThreshold: [0.25, 0.3, 0.35, 0.45, 0.6],
  cosineWeight: [0.2, 0.35, 0.5],
  leadWords: [90, 130, 200],
  openDays: [20, 30, 45, 90],
  fadeAtClose: [0.5, 0.8, 1],
  commonShare: [0.05, 0.1, 0.2],
};
const PASSES = Number(process.env.FIT_PASSES ?? 2);
const MIN_PRECISION = 0.9;

const inFitHalf = (label: string) => (createHash('sha256').update(label).digest()[0] ?? 0) % 2 === 0;

interface Scored {
  corpus: string;
  precision: number;
  recall: number;
  f1: number;
}

async function scoreAll(
  sets: Map<string, CandidateSet>,
  options: StoryOptions,
  half: boolean,
): Promise<Scored[]> {
  const scores: Scored[] = [];
  for (const [corpus, set] of sets) {
    const result = await clusterCandidates(set, options, (label) => inFitHalf(label) === half);
    scores.push({ corpus, precision: result.precision, recall: result.recall, f1: result.f1 });
  }
  return scores;
}

/** Mean F1, less twice the mean shortfall of precision under the floor. */
const objective = (scores: readonly Scored[]) =>
  scores.reduce((sum, s) => sum + s.f1 - 2 * Math.max(0, MIN_PRECISION - s.precision), 0) / scores.length;

const format = (scores: readonly Scored[]) =>
  scores
    .map((s) => `${s.corpus} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`)
    .join(' | ');

const sets = new Map<string, CandidateSet>();
for (const name of STORY_CORPORA) {
  const found = corpusDir(name);
  if ('missing' in found) {
    console.log(`${name}: skipped (${found.missing})`);
    continue;
  }
  sets.set(name, await candidatesOf(found.dir));
}
if (sets.size === 0) {
  console.log('no development corpora found: nothing to fit');
  process.exit(0);
}

let best = { ...DEFAULT_STORY_OPTIONS };
let bestScores = await scoreAll(sets, best, true);
console.log(`start ${objective(bestScores).toFixed(4)}  ${format(bestScores)}`);
for (let pass = 0; pass < PASSES; pass += 1) {
  for (const [option, values] of Object.entries(GRID) as [Tuned, number[]][]) {
    for (const value of values) {
      if (best[option] === value) continue;
      const tried = { ...best, [option]: value };
      const scores = await scoreAll(sets, tried, true);
      const better = objective(scores) > objective(bestScores);
      console.log(
        `${option}=${value} ${objective(scores).toFixed(4)}${better ? ' *' : ''}  ${format(scores)}`,
      );
      if (better) {
        best = tried;
        bestScores = scores;
      }
    }
  }
}
const heldOut = await scoreAll(sets, best, false);
console.log(`fitted ${JSON.stringify(best)}`);
console.log(`fit half:      ${format(bestScores)}`);
console.log(`held-out half: ${format(heldOut)}`);

const out = join(import.meta.dirname, '../bench/results/fit-stories.json');
await mkdir(join(import.meta.dirname, '../bench/results'), { recursive: true });
await writeFile(
  out,
  `${JSON.stringify({ at: new Date().toISOString(), options: best, fit: bestScores, heldOut }, null, 2)}\n`,
);
console.log(`written ${out}`);
if (process.argv.includes('--write')) {
  const file = join(import.meta.dirname, '../src/core/stories/fitted-story-options.ts');
  await writeFile(
    file,
    `// Written by \`npm run fit:stories -- --write\` (scripts/fit-stories.ts); see docs/decisions/0002-stories.md.\n` +
      `import type { StoryOptions } from './story-options.js';\n\n` +
      `export const FITTED_STORY_OPTIONS: StoryOptions = {\n${Object.entries(best)
        .map(([key, value]) => `  ${key}: ${value},\n`)
        .join('')}};\n`,
  );
  console.log(`written ${file}`);
}
