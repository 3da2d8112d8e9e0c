import { random, VOCABULARY } from './overlapping-feeds.js';

/** Words for a long, varied article: no two sentences alike, as in a real transcript or report. */
const WORDS = [
  ...VOCABULARY,
  ...'Tokyo Brussels Canberra Seoul Wellington Japan NATO Australia Korea'.split(' '),
];

/**
 * An HTML body of about `bytes` characters: paragraphs of varied sentences, some quoted and
 * attributed, so every stage (text extraction, sentences, quotes, shingles) has real work. With
 * `typography` the quotes are curly and dashes long, as most outlets print them: JavaScript then
 * holds the text in two bytes a character instead of one.
 */
export function oversizedBody(bytes: number, seed = 1, typography = true): string {
  const next = random(seed);
  const word = () => WORDS[Math.floor(next() * WORDS.length)] as string;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 14) }, word).join(' ');
    const text = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
    if (next() >= 0.15) return `${text}.`;
    return typography ? `“${text},” the minister said — again.` : `"${text}," the minister said - again.`;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const paragraph = `<p>${Array.from({ length: 4 + Math.floor(next() * 4) }, sentence).join(' ')}</p>\n`;
    parts.push(paragraph);
    length += paragraph.length;
  }
  return parts.join('');
}

/** An RSS document with one item per body, each under `link` + its index. */
export function feedWith(title: string, link: string, bodies: readonly string[]): string {
  const items = bodies.map(
    (body, n) =>
      `<item><title>${title} report ${n}: NATO and Japan talks</title><link>${link}/${n}</link>` +
      `<pubDate>${new Date(Date.UTC(2024, 5, 1, 0, n)).toUTCString()}</pubDate>` +
      `<description><![CDATA[${body}]]></description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${items.join('')}</channel></rss>`;
}
