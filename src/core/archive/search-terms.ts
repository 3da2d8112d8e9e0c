/**
 * Full-text search that treats English and Japanese alike on any backend: text is folded (NFKC,
 * lower case) and every run of Japanese script is cut into overlapping character pairs, so a word
 * tokenizer (FTS5's unicode61, PostgreSQL's 'simple' configuration) indexes Japanese by bigrams.
 * FTS5's trigram tokenizer would miss the many two-character Japanese words (防衛, 首相).
 */
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text` as the index stores them: separated by single spaces. */
export function searchableText(text: string): string {
  return wordsIn(text).join(' ');
}

/** A query's words, each a list of index tokens that must appear in sequence (a phrase). */
export function queryPhrases(words: readonly string[]): string[][] {
  return words.map((word) => wordsIn(word)).filter((phrase) => phrase.length > 0);
}

function wordsIn(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  for (const match of folded.matchAll(WORD)) out.push(...splitJapanese(match[0]));
  return out;
}

/** Latin parts stay whole words; Japanese runs become bigrams (a lone character stays itself). */
function splitJapanese(word: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const run of word.matchAll(JAPANESE_RUN)) {
    const start = run.index ?? 0;
    if (start > last) out.push(word.slice(last, start));
    out.push(...bigrams(run[0]));
    last = start + run[0].length;
  }
  if (last < word.length) out.push(word.slice(last));
  return out;
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => `${chars[i]}${char}`);
}

/**
 * An FTS5 MATCH expression: every word required, each as a phrase of its tokens, the last token
 * of each a prefix (so "deploy" finds "deployment", and one Japanese character finds its bigrams).
 */
export function fts5Query(words: readonly string[]): string | null {
  const phrases = queryPhrases(words);
  if (phrases.length === 0) return null;
  return phrases.map((tokens) => `"${tokens.map(quote).join(' ')}"*`).join(' AND ');
}

const quote = (token: string) => token.replaceAll('"', '""');

/** Positions past PostgreSQL's limit all count as the last one. */
const MAX_POSITION = 16_383;

/**
 * A PostgreSQL `tsvector` literal of the words: lexemes given verbatim with their positions, so
 * no text search parser (whose idea of a letter depends on the server's locale) re-splits them.
 */
export function tsvectorLiteral(text: string): string {
  return wordsIn(text)
    .map((word, i) => `${lexeme(word)}:${Math.min(i + 1, MAX_POSITION)}`)
    .join(' ');
}

/** The `tsquery` literal of `fts5Query`'s rule: every word a phrase, its last token a prefix. */
export function tsqueryLiteral(words: readonly string[]): string | null {
  const phrases = queryPhrases(words);
  if (phrases.length === 0) return null;
  return phrases.map((tokens) => `(${tokens.map(lexeme).join(' <-> ')}:*)`).join(' & ');
}

const lexeme = (word: string) => `'${word.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
