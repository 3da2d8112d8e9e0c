import { newsItems } from './generate-news.js';

/**
 * Deterministic synthetic feeds for benchmarks: varied on-beat English items, some copies of
 * earlier items under new titles, some off-beat items, in RSS 2.0 with HTML bodies.
 */
const subjects = [
  'NATO',
  'Japan',
  'Australia',
  'South Korea',
  'New Zealand',
  'the alliance',
  'Tokyo',
  'Canberra',
];
const verbs = ['weighs', 'discusses', 'rejects', 'welcomes', 'delays', 'backs', 'questions', 'reviews'];
const objects = [
  'a liaison office',
  'joint exercises',
  'missile defence cooperation',
  'cyber security talks',
  'a maritime patrol plan',
  'defence spending targets',
  'an intelligence sharing pact',
  'a summit declaration',
];
const filler = (
  'officials said the plan would be discussed by ministers next month while diplomats in several capitals ' +
  'cautioned that no decision had been taken and that partners in the region were consulted closely on ' +
  'security matters including supply chains emerging technology and the protection of undersea cables'
).split(' ');

/** A small deterministic PRNG (mulberry32) so every run benchmarks the same bytes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

function paragraph(random: () => number, words: number): string {
  return Array.from({ length: words }, () => pick(random, filler)).join(' ');
}

export interface GeneratedItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  html: string;
}

const japaneseSubjects = ['北大西洋条約機構', '日本政府', '防衛省', '外務省', '豪州'];
const japaneseObjects = [
  '東京連絡事務所の開設',
  '共同訓練',
  'サイバー防衛協力',
  '海洋監視計画',
  '防衛費の目標',
];
const japaneseFiller = [
  '関係者によると、来月の閣僚会合で協議される見通しだ。',
  '複数の外交筋は、まだ決定はしていないと慎重な姿勢を示した。',
  '地域の友好国とも緊密に連絡を取っているという。',
  '供給網や新興技術、海底ケーブルの保護も議題になる。',
];

/** A Japanese on-beat item (analysed with kuromoji, whose dictionary costs ~95 MB). */
function japaneseBody(random: () => number): { title: string; html: string } {
  const title = `${pick(random, japaneseSubjects)}、${pick(random, japaneseObjects)}を検討`;
  const text = Array.from({ length: 6 }, () => pick(random, japaneseFiller)).join('');
  return { title, html: `<p>${title}。${text}</p>` };
}

/**
 * The texts of the English items: `news`, reports of events with real news's statistics (see
 * generate-news.ts), or `uniform`, every text drawn from one 34-word filler (the corpus of the
 * first measurements: every article near every other).
 */
export type BenchCorpus = 'news' | 'uniform';

/**
 * Items for feed `feedIndex`; every tenth item republishes an earlier item of feed 0. With
 * `japaneseEvery` (n > 0), every n-th item is in Japanese.
 */
export function generateItems(
  feedIndex: number,
  count: number,
  seed = 7,
  japaneseEvery = 0,
  corpus: BenchCorpus = 'uniform',
): GeneratedItem[] {
  const random = seededRandom(seed * 1000 + feedIndex);
  const originals = feedIndex > 0 ? generateItems(0, count, seed, japaneseEvery, corpus) : [];
  const news = corpus === 'news' ? newsItems(feedIndex, count, seed) : [];
  const items: GeneratedItem[] = [];
  for (let i = 0; i < count; i += 1) {
    const original = i % 10 === 5 ? originals[i] : undefined;
    if (original) {
      items.push(republish(original, feedIndex, i));
      continue;
    }
    const day = new Date(Date.UTC(2025, 0, 1) + (feedIndex * count + i) * 60_000 * 7);
    const offBeat = i % 13 === 12;
    if (japaneseEvery > 0 && i % japaneseEvery === 3) {
      const { title, html } = japaneseBody(random);
      items.push({
        title,
        link: `http://127.0.0.1/feed${feedIndex}/ja/${i}`,
        guid: `feed${feedIndex}-ja${i}`,
        pubDate: day.toUTCString(),
        html: `${html}<p>記事 ${feedIndex}-${i}</p>`,
      });
      continue;
    }
    const report = news[i];
    if (report) {
      items.push({ ...report, pubDate: day.toUTCString() });
      continue;
    }
    const headline = offBeat
      ? `Local bakery wins award for melon bread ${i}`
      : `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)}`;
    const body = offBeat
      ? `<p>A bakery in a quiet town won a regional prize for its bread number ${i}.</p>`
      : `<p>${headline} as ${paragraph(random, 40)}.</p><p>${paragraph(random, 60)}.</p><p>Item ${feedIndex}-${i}.</p>`;
    items.push({
      title: headline,
      link: `http://127.0.0.1/feed${feedIndex}/item/${i}?utm_source=bench`,
      guid: `feed${feedIndex}-item${i}`,
      pubDate: day.toUTCString(),
      html: body,
    });
  }
  return items;
}

/** A wire copy: same body under another outlet's title, link and boilerplate. */
function republish(original: GeneratedItem, feedIndex: number, i: number): GeneratedItem {
  return {
    title: `Report: ${original.title}`,
    link: `http://127.0.0.1/feed${feedIndex}/wire/${i}`,
    guid: `feed${feedIndex}-wire${i}`,
    pubDate: original.pubDate,
    html: `${original.html}<p>Related coverage</p><p>© 2025 Bench Outlet ${feedIndex}. All rights reserved.</p>`,
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderRss(title: string, items: readonly GeneratedItem[]): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link>` +
        `<guid>${item.guid}</guid><pubDate>${item.pubDate}</pubDate>` +
        `<description>${escapeXml(item.html)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(title)}</title>\n<link>http://127.0.0.1/</link><description>bench</description>\n${entries}\n</channel></rss>\n`;
}
