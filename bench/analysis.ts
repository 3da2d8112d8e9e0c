/**
 * Analysis at ingest on one core: ~2000 synthetic articles (85% English, 15% Japanese, 6–10
 * paragraphs, quotes in every style the analyser handles, attributions to listed and unlisted
 * speakers) through analyseAndStore on an in-memory store. Target: ≥ 200 articles per CPU-second
 * (the machine is shared, so wall time is reported too, with the load average).
 * Prints figures and writes bench/results/analysis.json. The generator is reused by bench:positions.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { NormalizedItem } from '../src/core/articles/article.js';
import { createAnalyser } from '../src/core/nlp/create-analyser.js';
import { loadDefaultGazetteer } from '../src/core/nlp/load-default-gazetteer.js';
import { createMemoryKeyValueStore } from '../src/core/store/key-value-store.js';

const ARTICLES = 2000;
const TARGET_PER_SECOND = 200;

const speakersEn = [
  'Koji Tomita',
  'Foreign Minister Yoshimasa Hayashi',
  'NATO Secretary General Mark Rutte',
  'a NATO spokesperson',
  'French President Emmanuel Macron',
  'Chinese Foreign Ministry spokesperson Lin Jian',
  'a senior State Department official',
  'Australian Defence Minister Richard Marles',
  'Dana Whitfield, a researcher at a Tokyo think tank,',
];
const quotesEn = [
  'We are working towards closer cooperation with our partners',
  'We will not go into the details of deliberations among allies',
  'The Asia-Pacific does not welcome group confrontation',
  'The talk has been blown out of proportion',
  'Security in Europe and the Indo-Pacific cannot be separated',
  'No decision has been taken, and consultations continue',
];
const filler =
  'Officials in several capitals said the plan would be discussed by ministers next month, while diplomats cautioned that no final decision had been taken. The partners have stepped up exchanges on cyber defence, maritime security and emerging technology since 2022. Analysts noted that the alliance already runs similar offices elsewhere.';
const fillerJa =
  '関係者によると、計画は来月の閣僚会合で議論される見通しだ。サイバー防衛や海洋安全保障での協力も進んでいる。';
const speakersJa = ['林芳正外相', '中国外務省の毛寧報道官', 'NATOの報道官', '米国務省の高官', '岸田首相'];
const quotesJa = [
  '連携強化を歓迎する',
  '陣営対立に断固反対する',
  '詳細についてはコメントを控える',
  '話が大きくなりすぎている',
];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

function englishParagraph(random: () => number): string {
  const speaker = pick(random, speakersEn);
  const quote = pick(random, quotesEn);
  const styles = [
    () => `"${quote}," ${speaker} said on Tuesday. ${filler}`,
    () => `${speaker} told reporters that the plan was "${quote.toLowerCase()}." ${filler}`,
    () => `“${quote},” said ${speaker.replace(/,$/, '')}. He added that talks would go on.`,
    () => `${filler} ${speaker} said the partners were "${quote.toLowerCase()}."`,
    () => filler,
  ];
  return pick(random, styles)();
}

function japaneseParagraph(random: () => number): string {
  return `${pick(random, speakersJa)}は記者会見で「${pick(random, quotesJa)}」と述べた。${fillerJa}`;
}

/** A deterministic, realistic-looking article: quotes, attributions, filler, in English or Japanese. */
export function syntheticArticle(index: number): NormalizedItem & { id: string } {
  const random = seeded(index + 1);
  const japanese = random() < 0.15;
  const count = 6 + Math.floor(random() * 5);
  const paragraphs = Array.from({ length: count }, () =>
    japanese ? japaneseParagraph(random) : englishParagraph(random),
  );
  const url = `https://news.example/bench/${index}`;
  return {
    id: `a_bench_${index}`,
    feed: 'https://news.example/feed.xml',
    source: `Outlet ${index % 17}`,
    guid: null,
    url,
    canonicalUrl: url,
    title: japanese ? `NATO東京事務所 ${index}` : `NATO weighs Tokyo office (${index})`,
    text: paragraphs.join('\n\n'),
    publishedAt: new Date(Date.UTC(2023, 0, 1) + index * 3_600_000).toISOString(),
    language: japanese ? 'ja' : 'en',
    author: null,
  };
}

async function main(): Promise<void> {
  const gazetteer = await loadDefaultGazetteer();
  const articles = Array.from({ length: ARTICLES }, (_, i) => syntheticArticle(i));
  const analyser = createAnalyser(createMemoryKeyValueStore(), gazetteer);
  const loadStarted = performance.now();
  await analyser.analyseAndStore(syntheticArticle(ARTICLES + 1));
  const firstCallMs = performance.now() - loadStarted;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const article of articles) await analyser.analyseAndStore(article);
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (performance.now() - started) / 1000;
  // CPU time of this single-threaded process: the figure for "one core" even when others share
  // the machine (wall time then includes waiting for a core).
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const chars = articles.reduce((sum, a) => sum + a.text.length, 0);
  const results = {
    articles: ARTICLES,
    meanChars: Math.round(chars / ARTICLES),
    japaneseShare: articles.filter((a) => a.language === 'ja').length / ARTICLES,
    firstCallMsIncludingModelLoad: Math.round(firstCallMs),
    wallSeconds: Number(seconds.toFixed(2)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    articlesPerWallSecond: Math.round(ARTICLES / seconds),
    articlesPerCpuSecond: Math.round(ARTICLES / cpuSeconds),
    target: TARGET_PER_SECOND,
    met: ARTICLES / cpuSeconds >= TARGET_PER_SECOND,
    loadAverage: Number(loadavg()[0]?.toFixed(1)),
    node: process.version,
  };
  console.table(results);
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(
    new URL('./results/analysis.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  if (!results.met) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
