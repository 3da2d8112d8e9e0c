import { compile } from 'html-to-text';

// Compiled once: html-to-text's option processing costs more than converting a short item.
const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

/**
 * Plain text of an HTML fragment: entities decoded, scripts and styles dropped, links kept as
 * their words, paragraphs separated by "\n\n".
 */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return convert(html)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
