import { describe, expect, it } from 'vitest';
import { type ActorMatcher, compileActorMatcher } from '../../../src/core/nlp/actor-matcher.js';
import { analyseArticle } from '../../../src/core/nlp/analyse-article.js';
import { analyseEnglish } from '../../../src/core/nlp/analyse-english.js';
import { DEFAULT_ANALYSIS_LIMITS } from '../../../src/core/nlp/analyse-in-windows.js';
import { analyseJapanese } from '../../../src/core/nlp/analyse-japanese.js';
import { type JapaneseMorphology, japaneseMorphology } from '../../../src/core/nlp/japanese-morphology.js';
import { loadDefaultGazetteer } from '../../../src/core/nlp/load-default-gazetteer.js';

const gazetteer = await loadDefaultGazetteer();

/**
 * Work done by an analysis, counted deterministically: every read of an element of the mention
 * lists the matcher hands out (a scan of all mentions per sentence reads them all, every time),
 * every character the matcher searches and every character the morphological analyser tokenizes.
 */
function meter() {
  let work = 0;
  const real = compileActorMatcher(gazetteer);
  const matcher: ActorMatcher = {
    ...real,
    mentions: (text) => {
      work += text.length;
      return new Proxy(real.mentions(text), {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) work += 1;
          return Reflect.get(target, key, receiver);
        },
      });
    },
  };
  const morphology: JapaneseMorphology = {
    tokenize: (text) => {
      work += text.length;
      return japaneseMorphology().tokenize(text);
    },
  };
  return { matcher, morphology, work: () => work };
}

const english = (i: number) =>
  `"We are working towards closer cooperation with NATO and Japan," Foreign Minister Yoshimasa Hayashi said on day ${i}. China and France were consulted, and Washington welcomed it. Beijing opposed the plan. He added that Tokyo and Brussels would talk again.`;
const japanese = (i: number) =>
  `林外相は${i}日、「ＮＡＴＯとの連携を深める」と述べた。中国外務省の報道官は「陣営対立に反対する」と語った。フランス政府はこの構想に慎重だ。`;

function workFor(paragraphs: number, analyse: (text: string, m: ReturnType<typeof meter>) => unknown) {
  const text = Array.from({ length: paragraphs }, (_, i) => english(i)).join('\n\n');
  const counted = meter();
  analyse(text, counted);
  return counted.work();
}

function workForJapanese(paragraphs: number) {
  const text = Array.from({ length: paragraphs }, (_, i) => japanese(i)).join('\n\n');
  const counted = meter();
  analyseJapanese(text, counted.matcher, counted.morphology);
  return counted.work();
}

describe('analysis cost grows linearly with the text', () => {
  it('an English article four times as long costs less than five times the work', () => {
    const analyse = (text: string, m: ReturnType<typeof meter>) => analyseEnglish(text, m.matcher);
    const base = workFor(150, analyse);
    expect(workFor(600, analyse)).toBeLessThan(5 * base);
  });

  it('a Japanese article four times as long costs less than five times the work', () => {
    const base = workForJapanese(150);
    expect(workForJapanese(600)).toBeLessThan(5 * base);
    // Seconds of CPU alone; beside another suite on two cores, well past vitest's default 20 s.
  }, 90_000);

  it('a text longer than one window is analysed window by window and every quote is still found', () => {
    const text = Array.from({ length: 400 }, (_, i) => english(i)).join('\n\n');
    const article = {
      id: 'a_long',
      feed: 'https://news.example/feed.xml',
      source: 'Example',
      guid: null,
      url: 'https://news.example/long',
      canonicalUrl: 'https://news.example/long',
      title: 'Long',
      text,
      publishedAt: '2024-01-01T00:00:00Z',
      language: 'en' as const,
      author: null,
    };
    // No time budget here (a loaded machine could spend it): this is about windows.
    const analysis = analyseArticle(article, gazetteer, { ...DEFAULT_ANALYSIS_LIMITS, budgetMs: Infinity });
    expect(text.length).toBeGreaterThan(4 * DEFAULT_ANALYSIS_LIMITS.windowChars);
    expect(analysis.unanalysed).toBeUndefined();
    const quotes = analysis.statements.filter((s) => s.quote);
    expect(quotes).toHaveLength(400);
    expect(quotes.every((q) => q.actor === 'japan')).toBe(true);
  });
});

describe('the per-article time budget', () => {
  const article = (text: string, language: 'en' | 'ja') => ({
    id: 'a_budget',
    feed: 'https://news.example/feed.xml',
    source: 'Example',
    guid: null,
    url: 'https://news.example/budget',
    canonicalUrl: 'https://news.example/budget',
    title: 'Budget',
    text,
    publishedAt: '2024-01-01T00:00:00Z',
    language,
    author: null,
  });

  it('stops between windows when the budget is spent, keeps what was found and says where it stopped', () => {
    const text = Array.from({ length: 40 }, (_, i) => japanese(i)).join('\n\n');
    // A fake clock that moves 4 ms each time it is read: the third window starts past a 10 ms budget.
    let clock = 0;
    const limits = { windowChars: 700, budgetMs: 10, now: () => (clock += 4) };
    const analysis = analyseArticle(article(text, 'ja'), gazetteer, limits);
    const from = analysis.unanalysed?.from ?? -1;
    expect(analysis.unanalysed?.reason).toBe('time-budget');
    expect(from).toBeGreaterThan(0);
    expect(from).toBeLessThan(text.length);
    expect(text[from - 1]).toBe('\n');
    const quotes = analysis.statements.filter((s) => s.quote);
    expect(quotes.length).toBe(text.slice(0, from).split('「').length - 1);
    expect(quotes.every((q) => text.slice(0, from).includes(q.sentence))).toBe(true);
  });

  it('an article analysed within its budget has no unanalysed part', () => {
    const analysis = analyseArticle(article(japanese(1), 'ja'), gazetteer);
    expect(analysis.unanalysed).toBeUndefined();
    expect(analysis.statements.filter((s) => s.quote)).toHaveLength(2);
  });
});
