import type { DedupCandidate } from '../../src/core/ingest/ingest-ports.js';
import { seededRandom } from './generate-feed.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const START = Date.parse('2024-01-01T00:00:00Z');

/**
 * Synthetic English-like articles: words drawn from a skewed 8,000-word vocabulary (a few words
 * very common, as in real text), 150 to 400 words in paragraphs, `perDay` articles a day.
 */
export function createCorpus(seed: number, perDay = 2000) {
  const random = seededRandom(seed);
  const vocabulary = Array.from({ length: 8000 }, () =>
    Array.from({ length: 3 + Math.floor(random() * 7) }, () => LETTERS[Math.floor(random() * 26)]).join(''),
  );
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2)] as string;
  const sentence = () => Array.from({ length: 8 + Math.floor(random() * 16) }, word).join(' ');
  const article = (index: number): DedupCandidate => {
    const paragraphs = Array.from({ length: 3 + Math.floor(random() * 5) }, () =>
      Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join('. '),
    );
    return {
      id: `bench-${index}`,
      feed: `https://feed-${index % 50}.example/rss`,
      guid: `guid-${index}`,
      title: sentence(),
      text: paragraphs.join('\n\n'),
      language: 'en',
      publishedAt: new Date(START + (index * 86_400_000) / perDay).toISOString(),
    };
  };
  /** A republished copy: another outlet, a new title, one word in twenty changed. */
  const copyOf = (original: DedupCandidate, index: number): DedupCandidate => ({
    ...original,
    id: `copy-${index}`,
    feed: 'https://portal.example/rss',
    guid: null,
    title: sentence(),
    text: original.text
      .split(' ')
      .map((w, i) => (i % 20 === 19 ? word() : w))
      .join(' '),
  });
  return { article, copyOf };
}
