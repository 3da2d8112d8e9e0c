/**
 * `npm run eval:relevance [-- --show]`: how much the shipped watched keywords (config/newsbot.yaml
 * with the actors' aliases, as ingest runs them) keep. Two sides:
 * - kept, on our own labelled fixtures (every article is on the beat): what relevance loses before
 *   story grouping sees anything;
 * - spill, on the development corpora in ../shared/corpora (US shootings, ECB+ events, US campaign
 *   news: off the beat, though campaign news may quote a candidate on NATO): what it lets in.
 *   Skipped with a message when the folder is absent. `--show` lists the titles let in (terminal
 *   only: the corpora's text never enters the repository).
 * Prints one line per set and writes bench/results/eval-relevance.json.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFeed } from '../src/core/feeds/read-feed.js';
import { actorAliasesFrom } from '../src/core/relevance/actor-aliases.js';
import { createRelevanceMatcher } from '../src/core/relevance/create-relevance-matcher.js';
import { LABELLED_STORY_SETS } from '../test/fixtures/stories/labelled-story-sets.js';
import { evalConfig } from './support/run-production-ingest.js';
import { CORPORA_DIR, corpusDir } from './support/story-corpora.js';

const config = await evalConfig();
const relevant = createRelevanceMatcher(config.keywords, actorAliasesFrom(config.actors));
const show = process.argv.includes('--show');
const rows: { set: string; side: 'kept' | 'spill'; items: number; relevant: number }[] = [];
const line = (set: string, side: 'kept' | 'spill', items: number, kept: number) => {
  rows.push({ set, side, items, relevant: kept });
  console.log(
    `${side.padEnd(5)} ${set.padEnd(24)} ${String(kept).padStart(5)} of ${String(items).padStart(5)} relevant (${((100 * kept) / Math.max(1, items)).toFixed(1)}%)`,
  );
};

for (const set of LABELLED_STORY_SETS) {
  const kept = set.articles.filter((article) => relevant(article).relevant);
  line(`fixtures: ${set.name}`, 'kept', set.articles.length, kept.length);
}

for (const name of ['gva', 'ecb', 'polnear']) {
  const found = corpusDir(name);
  if ('missing' in found) {
    console.log(`${name}: skipped (${found.missing}; looked in ${CORPORA_DIR})`);
    continue;
  }
  let items = 0;
  const letIn: string[] = [];
  const feeds = join(found.dir, 'feeds');
  for (const file of (await readdir(feeds)).filter((entry) => entry.endsWith('.xml'))) {
    const xml = await readFile(join(feeds, file), 'utf8');
    const feed = await readFeed(xml, join(feeds, file), new Date());
    for (const item of feed.items) {
      items += 1;
      const verdict = relevant(item);
      if (verdict.relevant) letIn.push(`${item.title.slice(0, 90)}  [${verdict.matched.join(', ')}]`);
    }
  }
  line(name, 'spill', items, letIn.length);
  if (show) for (const title of letIn) console.log(`    ${title}`);
}

const out = join(import.meta.dirname, '../bench/results/eval-relevance.json');
await writeFile(out, `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
console.log(`written ${out}`);
