/**
 * Full-text search that treats English and Japanese alike on any backend: text is folded (NFKC,
 * lower case) and every run of Japanese script is cut into overlapping character pairs, so a word
 * tokenizer (FTS5's unicode61, PostgreSQL's 'simple' configuration) indexes Japanese by bigrams.
 * FTS5's trigram tokenizer would miss the many two-character Japanese words (防衛, 首相).
 */
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** Characters folded at a time: a text of megabytes never has more than this in transient copies. */
const PIECE = 65_536;

/**
 * The words of `parts` (a title, a text) as the index stores them (those of `wordsIn`), separated
 * by single spaces. Folded piece by piece (cut before a space, which no normalization joins
 * across) with whole-string replaces instead of a list of words: a 4.5 MB item otherwise held an
 * object per word and several folded copies at once (+36 MB and 1.3 s, issue 13). Parts are not
 * joined first (a copy of the whole text), and pieces come back in one byte a character when
 * they can: a text with curly quotes is held in two, and so was every piece folded from it.
 */
export function searchableText(...parts: string[]): string {
  const pieces: string[] = [];
  for (const text of parts) {
    for (let start = 0; start < text.length; ) {
      const cut = text.indexOf(' ', start + PIECE);
      const end = cut === -1 ? text.length : cut;
      pieces.push(oneByteIfLatin(foldWords(text.slice(start, end))));
      start = end;
    }
  }
  return pieces.filter((piece) => piece !== '').join(' ');
}

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/** V8 keeps a string two bytes a character when it came from a two-byte one, even if all Latin-1. */
function oneByteIfLatin(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

function foldWords(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .replace(JAPANESE_RUN, (run) => ` ${bigrams(run).join(' ')} `)
    .replace(/ {2,}/g, ' ')
    .trim();
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
