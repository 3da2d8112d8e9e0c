import type { AnalysedStatement } from './article-analysis.js';

/** How much analysis one article may take (see docs/decisions/0005-japanese-speakers-and-analysis-cost.md). */
export interface AnalysisLimits {
  /**
   * Text is analysed in windows of at most this many characters, cut at a paragraph (else a
   * sentence) boundary. A window's cost is bounded, so an article's cost grows linearly with its
   * length whatever the rules inside do per paragraph; ordinary articles fit in one window.
   */
  windowChars: number;
  /** Wall-clock milliseconds per article; checked between windows, so it may be overrun by one window. */
  budgetMs: number;
  /** Milliseconds from a monotonic clock (injected so tests can run a fake one). */
  now: () => number;
}

/** 20,000 characters is several times a long news article; 1 s is 500 times a typical article's analysis. */
export const DEFAULT_ANALYSIS_LIMITS: AnalysisLimits = {
  windowChars: 20_000,
  budgetMs: 1_000,
  now: () => performance.now(),
};

/** The statements found, and how much of the text was analysed before the budget ran out. */
export interface WindowedAnalysis {
  statements: AnalysedStatement[];
  /** Characters analysed from the start: the text's length unless the budget ran out. */
  analysedChars: number;
}

/**
 * Runs `analyse` over the text window by window until the text or the time budget is used up.
 * The text after the last analysed window is kept by the caller but not analysed.
 */
export function analyseInWindows(
  text: string,
  analyse: (window: string) => AnalysedStatement[],
  limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS,
): WindowedAnalysis {
  const started = limits.now();
  const statements: AnalysedStatement[] = [];
  let from = 0;
  while (from < text.length) {
    if (from > 0 && limits.now() - started > limits.budgetMs) break;
    const to = windowEnd(text, from, limits.windowChars);
    statements.push(...analyse(text.slice(from, to)));
    from = to;
  }
  return { statements, analysedChars: from };
}

const SENTENCE_END = /[.!?。！？]/u;

/** The end of the window starting at `from`: the last paragraph break, else sentence end, inside the limit. */
export function windowEnd(text: string, from: number, size: number): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  const paragraph = text.lastIndexOf('\n', limit - 1);
  if (paragraph > from) return paragraph + 1;
  for (let i = limit - 1; i > from + size / 2; i -= 1) {
    if (SENTENCE_END.test(text[i] ?? '')) return i + 1;
  }
  return limit;
}
