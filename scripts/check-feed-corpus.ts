/**
 * Runs readFeed over every document of the feed corpus (see its README and manifest.tsv) and
 * prints what happened: parsed, items, rejections by reason class, disagreements with the source
 * suites' expectations, and signs of lost text. Writes bench/results/feed-corpus.json.
 *
 *   npx tsx scripts/check-feed-corpus.ts [corpus-dir]   (default ../shared/feed-corpus)
 *
 * Not run by tests: the corpus is not part of this repository.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeFeedBytes } from '../src/core/feeds/decode-feed-bytes.js';
import { FeedParseError } from '../src/core/feeds/feed-errors.js';
import { type ReadFeedResult, readFeed } from '../src/core/feeds/read-feed.js';

interface Row {
  path: string;
  expected: string;
  /** feedparser's simulated HTTP charset, passed as a Content-Type header would be. */
  headerCharset: string;
}

const tally = {
  parsed: 0,
  emptyFeeds: 0,
  items: 0,
  skippedWithoutLink: 0,
  itemsWithReplacementChar: 0,
  itemsWithObjectText: 0,
  rejectedByKind: {} as Record<string, number>,
  rejectionExamples: {} as Record<string, string[]>,
  itemLanguages: {} as Record<string, number>,
  expectedParseButRejected: [] as string[],
  expectedErrorButParsed: [] as string[],
  slowest: { path: '', ms: 0 },
};

function readManifest(dir: string): Row[] {
  const charsets = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'manifest-details.tsv'), 'utf8').split('\n').slice(1)) {
    const cells = line.split('\t');
    if (cells[0] && cells[4]) charsets.set(cells[0], cells[4]);
  }
  return readFileSync(join(dir, 'manifest.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [path = '', , , , expected = ''] = line.split('\t');
      return { path, expected, headerCharset: charsets.get(path) ?? '' };
    });
}

function countParsed(row: Row, feed: ReadFeedResult): void {
  tally.parsed++;
  tally.items += feed.items.length;
  tally.skippedWithoutLink += feed.skippedWithoutLink;
  if (feed.items.length + feed.skippedWithoutLink === 0) tally.emptyFeeds++;
  for (const item of feed.items) {
    tally.itemLanguages[item.language] = (tally.itemLanguages[item.language] ?? 0) + 1;
    if (`${item.title}${item.text}`.includes('\ufffd')) tally.itemsWithReplacementChar++;
    if (`${item.title}${item.text}${item.source}`.includes('[object Object]')) tally.itemsWithObjectText++;
  }
  if (row.expected === 'error') tally.expectedErrorButParsed.push(row.path);
}

function countRejected(row: Row, error: unknown): void {
  const kind = error instanceof FeedParseError ? error.code : `unexpected ${(error as Error).name}`;
  tally.rejectedByKind[kind] = (tally.rejectedByKind[kind] ?? 0) + 1;
  const examples = tally.rejectionExamples[kind] ?? [];
  if (examples.length < 3) examples.push(error instanceof Error ? error.message : String(error));
  tally.rejectionExamples[kind] = examples;
  if (row.expected === 'parse') tally.expectedParseButRejected.push(row.path);
}

async function check(dir: string, row: Row): Promise<void> {
  const begin = performance.now();
  try {
    const bytes = readFileSync(join(dir, row.path));
    const contentType = row.headerCharset ? `text/xml; charset=${row.headerCharset}` : null;
    countParsed(row, await readFeed(decodeFeedBytes(bytes, contentType), row.path, new Date()));
  } catch (error) {
    countRejected(row, error);
  }
  const ms = Math.round(performance.now() - begin);
  if (ms > tally.slowest.ms) tally.slowest = { path: row.path, ms };
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? '../shared/feed-corpus');
  const escaped: string[] = [];
  process.on('uncaughtException', (error) => escaped.push(String(error)));
  process.on('unhandledRejection', (error) => escaped.push(String(error)));
  const rows = readManifest(dir);
  const started = performance.now();
  for (const row of rows) await check(dir, row);
  const { expectedParseButRejected, expectedErrorButParsed, rejectionExamples, ...counts } = tally;
  const summary = {
    corpus: dir,
    documents: rows.length,
    ...counts,
    rejected: Object.values(tally.rejectedByKind).reduce((sum, count) => sum + count, 0),
    expectedParseButRejected: expectedParseButRejected.length,
    expectedErrorButParsed: expectedErrorButParsed.length,
    escapedExceptions: escaped.length,
    totalSeconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    node: process.version,
    date: new Date().toISOString(),
  };
  console.log(JSON.stringify(summary, null, 2));
  mkdirSync('bench/results', { recursive: true });
  const details = { rejectionExamples, expectedParseButRejected, escaped };
  writeFileSync('bench/results/feed-corpus.json', `${JSON.stringify({ ...summary, ...details }, null, 2)}\n`);
  console.log('wrote bench/results/feed-corpus.json');
}

await main();
