/**
 * One 4.5 MB feed item (under the 5 MB fetch cap), ingested by a separate process running the
 * app as built (test/core/ingest/support/compile-app.ts) after a feed of ordinary items, as a
 * running bot would meet it. Issue 13's targets: peak resident memory < 250 MB, the item's ingest
 * < 5 s. Two texts: plain ASCII punctuation, and the curly quotes and dashes most outlets print
 * (JavaScript then holds every copy of the text in two bytes a character).
 * Prints figures and writes bench/results/oversized.json. OVERSIZED_RUNS sets runs per text (3).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFiles } from '../test/cli/serve-files.js';
import { compileApp } from '../test/core/ingest/support/compile-app.js';
import { feedWith, oversizedBody } from '../test/core/ingest/support/oversized-feed.js';
import { runIngestProcess } from '../test/core/ingest/support/run-ingest-process.js';
import { writeBenchResult } from './support/bench-results.js';

const ITEM_BYTES = 4_500_000;
const RUNS = Number(process.env.OVERSIZED_RUNS ?? 3);
const TARGET = { peakRssMb: 250, ingestMs: 5_000 };

type Report = { ok: boolean; ms: number; error?: string };

const dir = await mkdtemp(join(tmpdir(), 'newsbot-bench-oversized-'));
try {
  const ordinary = [oversizedBody(3_000, 5), oversizedBody(3_000, 6)];
  await writeFile(join(dir, 'ordinary.xml'), feedWith('Ordinary', 'https://ordinary.example/r', ordinary));
  for (const typography of [false, true]) {
    const name = typography ? 'typographic.xml' : 'ascii.xml';
    const body = oversizedBody(ITEM_BYTES, 1, typography);
    await writeFile(join(dir, name), feedWith('Huge', 'https://huge.example/r', [body]));
  }
  await compileApp(join(dir, 'app'));
  const server = await serveFiles(dir);
  const results: Record<string, { peakRssMb: number[]; ingestMs: number[] }> = {};
  try {
    for (const text of ['ascii', 'typographic']) {
      const figures = { peakRssMb: [] as number[], ingestMs: [] as number[] };
      for (let run = 0; run < RUNS; run += 1) {
        const feeds = [`${server.base}/ordinary.xml`, `${server.base}/${text}.xml`];
        const ingest = runIngestProcess(join(dir, `data-${text}-${run}`), feeds, {
          compiledRoot: join(dir, 'app'),
        });
        const reports = (await ingest.done) as Report[];
        const huge = reports[1];
        if (!huge?.ok) throw new Error(`the huge feed failed: ${huge?.error}`);
        figures.peakRssMb.push(Math.round(((await ingest.peakRssMb) ?? Number.NaN) * 10) / 10);
        figures.ingestMs.push(huge.ms);
      }
      results[text] = figures;
      const worst = { rss: Math.max(...figures.peakRssMb), ms: Math.max(...figures.ingestMs) };
      console.log(
        `${text.padEnd(12)} peak RSS ${figures.peakRssMb.join(' / ')} MB (target < ${TARGET.peakRssMb}: ${worst.rss < TARGET.peakRssMb ? 'met' : 'MISSED'}), ` +
          `fetch + ingest ${figures.ingestMs.join(' / ')} ms (target < ${TARGET.ingestMs}: ${worst.ms < TARGET.ingestMs ? 'met' : 'MISSED'})`,
      );
    }
  } finally {
    await server.close();
  }
  const load = loadavg().map((n) => Math.round(n * 100) / 100);
  console.log(`load average ${load.join(' ')} (2 CPUs shared)`);
  await writeBenchResult('oversized', { itemBytes: ITEM_BYTES, runs: RUNS, target: TARGET, results, load });
} finally {
  await rm(dir, { recursive: true, force: true });
}
