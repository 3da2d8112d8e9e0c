/**
 * Analysis at ingest on one core, with the Japanese morphological analyser (kuromoji) loaded:
 * ~2000 synthetic articles (85% English, 15% Japanese, 6–10 paragraphs, quotes in every style the
 * analyser handles, attributions to listed and unlisted speakers) through analyseAndStore on an
 * in-memory store. Target: ≥ 500 articles per CPU-second (issue 11). The analyser's load time is
 * measured on its own, before the run. Then the scaling of one article of 12.5k, 25k, 50k and
 * 100k sentences (issue 13: must be linear), analysed without a time budget so the whole text
 * counts, and how far the default budget gets in the largest.
 * The machine is shared, so wall time is reported too, with the load average.
 * Prints figures and writes bench/results/analysis.json. The generator is reused by bench:positions.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { NormalizedItem } from '../src/core/articles/article.js';
import type { ActorGazetteer } from '../src/core/nlp/actor-gazetteer.js';
import { analyseArticle } from '../src/core/nlp/analyse-article.js';
import { DEFAULT_ANALYSIS_LIMITS } from '../src/core/nlp/analyse-in-windows.js';
import { createAnalyser } from '../src/core/nlp/create-analyser.js';
import { japaneseMorphology } from '../src/core/nlp/japanese-morphology.js';
import { loadDefaultGazetteer } from '../src/core/nlp/load-default-gazetteer.js';
import { createMemoryKeyValueStore } from '../src/core/store/key-value-store.js';
import { writeBenchResult } from './support/bench-results.js';

const ARTICLES = 2000;
const TARGET_PER_SECOND = 500;
const WARM_UP = 200;
const SCALING_SENTENCES = [12_500, 25_000, 50_000, 100_000];

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

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Loads kuromoji on its own, so its cost is not mixed into the per-article figure. */
function measureLoad() {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const cpu = process.cpuUsage();
  japaneseMorphology();
  return {
    morphologyLoadMs: Math.round(performance.now() - started),
    morphologyLoadCpuMs: Math.round(cpuMs(cpu)),
    morphologyLoadRssMb: Math.round((process.memoryUsage().rss - rss) / 2 ** 20),
  };
}

async function measureThroughput(gazetteer: ActorGazetteer) {
  const articles = Array.from({ length: ARTICLES }, (_, i) => syntheticArticle(i));
  const analyser = createAnalyser(createMemoryKeyValueStore(), gazetteer);
  for (let i = 0; i < WARM_UP; i += 1) await analyser.analyseAndStore(syntheticArticle(ARTICLES + i));
  const perLanguage = { en: 0, ja: 0 };
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const article of articles) {
    const cpu = process.cpuUsage();
    await analyser.analyseAndStore(article);
    perLanguage[article.language === 'ja' ? 'ja' : 'en'] += cpuMs(cpu);
  }
  // CPU time of this single-threaded process: the figure for "one core" even when others share
  // the machine (wall time then includes waiting for a core).
  const cpuSeconds = cpuMs(cpuBefore) / 1000;
  const seconds = (performance.now() - started) / 1000;
  const japanese = articles.filter((a) => a.language === 'ja').length;
  return {
    articles: ARTICLES,
    meanChars: Math.round(articles.reduce((sum, a) => sum + a.text.length, 0) / ARTICLES),
    japaneseShare: japanese / ARTICLES,
    wallSeconds: Number(seconds.toFixed(2)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    articlesPerWallSecond: Math.round(ARTICLES / seconds),
    articlesPerCpuSecond: Math.round(ARTICLES / cpuSeconds),
    englishArticlesPerCpuSecond: Math.round(((ARTICLES - japanese) / perLanguage.en) * 1000),
    japaneseArticlesPerCpuSecond: Math.round((japanese / perLanguage.ja) * 1000),
  };
}

/** One article of `sentences` sentences, paragraphs of the generator's kind, in one language. */
function longArticle(sentences: number, language: 'en' | 'ja') {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < sentences; i += 1) {
    const article = syntheticArticle(i);
    if (article.language !== language) continue;
    for (const paragraph of article.text.split('\n\n')) {
      paragraphs.push(paragraph);
      count += (paragraph.match(language === 'ja' ? /[。！？]/g : /[.!?](?=\s|$)/g) ?? []).length;
      if (count >= sentences) break;
    }
  }
  return {
    ...syntheticArticle(0),
    id: `a_long_${language}_${sentences}`,
    language,
    text: paragraphs.join('\n\n'),
  };
}

function measureScaling(gazetteer: ActorGazetteer, language: 'en' | 'ja') {
  const unlimited = { ...DEFAULT_ANALYSIS_LIMITS, budgetMs: Number.POSITIVE_INFINITY };
  const rows = SCALING_SENTENCES.map((sentences) => {
    const article = longArticle(sentences, language);
    const cpu = process.cpuUsage();
    const analysis = analyseArticle(article, gazetteer, unlimited);
    const ms = cpuMs(cpu);
    return {
      sentences,
      chars: article.text.length,
      cpuMs: Math.round(ms),
      statements: analysis.statements.length,
    };
  });
  const first = rows[0] as (typeof rows)[number];
  const scaled = rows.map((row) => ({
    ...row,
    msPer1kSentences: Number(((row.cpuMs / row.sentences) * 1000).toFixed(1)),
    // 1.0 is perfectly linear: the cost per sentence compared with the smallest size.
    costPerSentenceVsSmallest: Number(
      (row.cpuMs / row.sentences / (first.cpuMs / first.sentences)).toFixed(2),
    ),
  }));
  const largest = longArticle(SCALING_SENTENCES.at(-1) ?? 0, language);
  const budgeted = analyseArticle(largest, gazetteer);
  const analysedShare = (budgeted.unanalysed?.from ?? largest.text.length) / largest.text.length;
  return { language, rows: scaled, defaultBudgetAnalysedShareOfLargest: Number(analysedShare.toFixed(3)) };
}

async function main(): Promise<void> {
  const gazetteer = await loadDefaultGazetteer();
  const load = measureLoad();
  const throughput = await measureThroughput(gazetteer);
  const scaling = [measureScaling(gazetteer, 'en'), measureScaling(gazetteer, 'ja')];
  const linear = scaling.every((s) => s.rows.every((row) => row.costPerSentenceVsSmallest < 1.5));
  const results = {
    ...load,
    ...throughput,
    target: TARGET_PER_SECOND,
    met: throughput.articlesPerCpuSecond >= TARGET_PER_SECOND,
    scalingLinear: linear,
    budget: { windowChars: DEFAULT_ANALYSIS_LIMITS.windowChars, budgetMs: DEFAULT_ANALYSIS_LIMITS.budgetMs },
    loadAverage: Number(loadavg()[0]?.toFixed(1)),
    node: process.version,
  };
  console.table({
    ...load,
    ...throughput,
    target: TARGET_PER_SECOND,
    met: results.met,
    loadAverage: results.loadAverage,
  });
  for (const s of scaling) {
    console.log(
      `scaling (${s.language}), default budget analyses ${s.defaultBudgetAnalysedShareOfLargest} of the largest:`,
    );
    console.table(s.rows);
  }
  await writeBenchResult('analysis', { ...results, scaling });
  if (!results.met || !linear) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
