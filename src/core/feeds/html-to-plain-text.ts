import { compile } from 'html-to-text';
import { htmlBlockPieces, voidElements } from './html-block-pieces.js';

// Compiled once: html-to-text's option processing costs more than converting a short item.
// What is not article text (players, forms, fallbacks for scripts, drawings) is skipped; a quote
// stays plain text (no "> " prefix), since the text feeds quote extraction and duplicate detection.
const skipped = ['img', 'script', 'style', 'noscript', 'iframe', 'svg', 'form', 'button', 'nav'];
const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    ...skipped.map((selector) => ({ selector, format: 'skip' })),
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'blockquote', format: 'block', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: 'figcaption', format: 'block' },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

/** Deeper than any real article; html-to-text recurses per level and slows down sharply long before. */
const maxDepth = 256;

/**
 * Plain text of an HTML fragment: entities decoded, scripts and styles dropped, links kept as
 * their words, paragraphs separated by "\n\n". Pathologically nested markup (a hostile or broken
 * feed) gets a plain tag strip instead, so it costs linear time and cannot overflow the stack.
 */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  if (nestingDepth(html) > maxDepth) return stripTags(html);
  if (html.length <= pieceLength) return convertPiece(html);
  // A body of megabytes: html-to-text holds a document's whole tree and words at once (tens of MB
  // and ~2 s for a 4.5 MB item, issue 13), so it converts piece by piece, and only the opening
  // (more than analysis reads, see src/core/ingest/analysed-text.ts); the rest, kept for reading
  // and search, gets a linear pass that keeps paragraphs and drops markup.
  const texts: string[] = [];
  let converted = 0;
  for (const piece of htmlBlockPieces(html, pieceLength)) {
    const text = converted < carefulLength ? convertPiece(piece) : paragraphsOf(piece);
    converted += text.length;
    if (text) texts.push(text);
  }
  return texts.join('\n\n');
}

/** HTML converted at a time; and how much text html-to-text converts before the linear pass. */
const pieceLength = 100_000;
const carefulLength = 100_000;

function convertPiece(html: string): string {
  try {
    return convert(html)
      .replace(/[ \t\u00a0]{2,}/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  } catch {
    return stripTags(html);
  }
}

function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !voidElements.has(name.toLowerCase())) deepest = Math.max(deepest, ++depth);
    if (deepest > maxDepth) break;
  }
  return deepest;
}

/** Paragraph and line breaks kept, other markup dropped, the common entities decoded. */
function paragraphsOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|svg|iframe|nav|form)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(
        /<\/?(?:p|div|section|article|blockquote|h[1-6]|ul|ol|li|dl|dt|dd|table|tr|pre|figure|figcaption)\b[^>]*>/gi,
        '\n\n',
      )
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const basicEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    (entity, name: string) => decodeEntity(name) ?? entity,
  );
}

function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return basicEntities[name.toLowerCase()];
  const code =
    name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
