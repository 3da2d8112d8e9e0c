/** Elements that never have content or a closing tag. */
export const voidElements = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'wbr',
]);

const blockElements = /^(?:p|div|section|article|blockquote|h[1-6]|ul|ol|dl|table|pre|figure)$/i;

/**
 * `html` cut, once a piece holds `length` characters, after a closing block element at the top
 * level or inside one wrapper (an article's `<div>`), so each piece is whole paragraphs; a wrapper
 * left open in one piece and closed in the next is what an HTML parser forgives.
 */
export function htmlBlockPieces(html: string, length: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [tag, closing, name = '', selfClosing] = match;
    if (!closing) {
      if (!selfClosing && !voidElements.has(name.toLowerCase())) depth += 1;
      continue;
    }
    depth = Math.max(0, depth - 1);
    const end = (match.index ?? 0) + tag.length;
    if (end - start >= length && depth <= 1 && blockElements.test(name)) {
      pieces.push(html.slice(start, end));
      start = end;
    }
  }
  if (start < html.length) pieces.push(html.slice(start));
  return pieces;
}
