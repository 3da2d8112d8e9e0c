import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Words for made-up reports: random sequences of them share no five-word run by chance. */
export const VOCABULARY = (
  'alliance minister office liaison partners talks defence maritime cyber patrol exercise summit ' +
  'budget treaty envoy council delegation agreement security region capital coalition strategy ' +
  'statement briefing officials support framework dialogue cooperation training forces command ' +
  'schedule proposal review meeting agenda priority threat response capacity logistics presence'
).split(' ');

/** A small deterministic generator, so a failing run can be replayed. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Report `n`: a watched keyword and sixty words no other report shares in sequence. */
export function reportText(n: number): string {
  const next = random(n + 1);
  const words = Array.from({ length: 60 }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
  return `NATO and Japan: ${words.join(' ')}.`;
}

function rss(title: string, items: { n: number; url: string }[]): string {
  const entries = items.map(
    ({ n, url }) =>
      `<item><title>Report ${n} on alliance talks</title><link>${url}</link>` +
      `<pubDate>${new Date(Date.UTC(2024, 5, 1, 0, n)).toUTCString()}</pubDate>` +
      `<description>${reportText(n)}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${entries.join('')}</channel></rss>`;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * Writes `wire.xml` (reports 0..59) and `mirror.xml`, which republishes reports 30..59 under its
 * own links and adds 60..89 of its own: 90 originals and 30 copies in all.
 */
export async function writeOverlappingFeeds(
  dir: string,
  tag = '',
): Promise<{ originals: number; copies: number }> {
  // Runs that share a store (one Redis database) keep apart by links of their own.
  const host = (name: string) => (tag ? `${name}-${tag}.example` : `${name}.example`);
  await writeFile(
    join(dir, 'wire.xml'),
    rss(
      'Wire',
      range(0, 60).map((n) => ({ n, url: `https://${host('wire')}/report/${n}` })),
    ),
  );
  await writeFile(
    join(dir, 'mirror.xml'),
    rss(
      'Mirror',
      range(30, 90).map((n) => ({ n, url: `https://${host('mirror')}/r${n}.html` })),
    ),
  );
  return { originals: 90, copies: 30 };
}
