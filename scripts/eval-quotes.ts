/**
 * `npm run eval:quotes [polnear|fixtures] [--misses FILE] [--errors]`: direct-quote recall, soft
 * precision and speaker accuracy of the production path (feeds ingested into a scratch store, then
 * the code of `newsbot quotes`) on the polnear development corpus (skipped with a message when
 * absent) and any other corpus folder with a `quotes.json` in its format, each split in two halves by
 * a hash of the article id so tuning on one half shows as a gap on the other, and on our own
 * fixtures. Prints one line per set and writes bench/results/eval-quotes.json. With --misses, the
 * misses are written to FILE for reading (keep it out of the repository: it quotes the corpus).
 * With --errors, the speaker misses of the fit half are counted by kind (`speakerErrorKind`).
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestQuoteFixtures } from '../test/fixtures/quotes/ingest-quote-fixtures.js';
import { quoteFixtureArticles } from '../test/fixtures/quotes/quote-fixture-articles.js';
import { type ArticleQuotes, type QuoteScores, scoreQuotes } from '../test/fixtures/quotes/score-quotes.js';
import { corpusQuotes, quoteCorpora } from './support/polnear-quotes.js';
import { evalConfig, withScratchApp } from './support/run-production-ingest.js';
import { speakerErrorKind } from './support/speaker-error-kinds.js';

const rows: (Omit<QuoteScores, 'misses'> & { set: string })[] = [];
const allMisses: Record<string, QuoteScores['misses']> = {};

function report(set: string, articles: readonly ArticleQuotes[]): void {
  const { misses, ...scores } = scoreQuotes(articles);
  rows.push({ set, ...scores });
  allMisses[set] = misses;
  const f = (value: number) => value.toFixed(3);
  console.log(
    `${set.padEnd(22)} ${String(articles.length).padStart(4)} articles ${String(scores.gold).padStart(5)} gold  ` +
      `recall ${f(scores.recall)}  soft precision ${f(scores.softPrecision)}  ` +
      `speaker ${f(scores.speakerAccuracy)} (${scores.rightSpeaker}/${scores.namedFound}, ${scores.wrongSpeaker} wrong names)`,
  );
}

/** Half of the articles, by their id's hash: stable across runs and unrelated to content. */
const half = (id: string) => ((createHash('sha256').update(id).digest()[0] ?? 0) % 2 === 0 ? 'fit' : 'check');

const sets = process.argv.slice(2).filter((arg) => !arg.startsWith('--') && !arg.endsWith('.json'));
const wanted = (name: string) => sets.length === 0 || sets.includes(name);
const started = performance.now();
for (const name of await quoteCorpora()) {
  const corpus = wanted(name) ? await corpusQuotes(name) : { missing: 'not asked for' };
  if ('missing' in corpus) {
    console.log(`${name}: skipped (${corpus.missing})`);
    continue;
  }
  for (const failure of corpus.failures) console.log(`  ${name} feed failed: ${failure}`);
  report(name, corpus.articles);
  report(
    `${name} (fit half)`,
    corpus.articles.filter((article) => half(article.articleId) === 'fit'),
  );
  report(
    `${name} (check half)`,
    corpus.articles.filter((article) => half(article.articleId) === 'check'),
  );
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (process.argv.includes('--errors'))
    printErrorKinds(corpus.articles.filter((a) => half(a.articleId) === 'fit'));
}

/** Speaker misses (no speaker, wrong speaker) by kind, most frequent first. */
function printErrorKinds(articles: readonly ArticleQuotes[]): void {
  const counts = new Map<string, number>();
  for (const article of articles)
    for (const miss of scoreQuotes([article]).misses) {
      if (miss.kind !== 'no-speaker' && miss.kind !== 'wrong-speaker') continue;
      const kind = speakerErrorKind(article.text ?? '', miss);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  console.log('speaker misses by kind (fit half):');
  for (const [kind, count] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(count).padStart(4)}  ${kind}`);
}

if (wanted('fixtures')) {
  const fixtures = await withScratchApp(await evalConfig(), (app) =>
    ingestQuoteFixtures(app, quoteFixtureArticles),
  );
  report('fixtures', fixtures);
}

const missesAt = process.argv.indexOf('--misses');
const missesFile = missesAt > 0 ? process.argv[missesAt + 1] : undefined;
if (missesFile) {
  await writeFile(missesFile, `${JSON.stringify(allMisses, null, 2)}\n`);
  console.log(`misses written to ${missesFile}`);
}
const out = join(import.meta.dirname, '../bench/results/eval-quotes.json');
await mkdir(join(import.meta.dirname, '../bench/results'), { recursive: true });
await writeFile(out, `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
console.log(`written ${out}`);
