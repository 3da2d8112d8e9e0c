import { seededRandom } from './generate-feed.js';

const PER_DAY = 200;
const START = Date.parse('2024-01-01T00:00:00Z');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * `bench:stories`' synthetic reports: each event (about 4 reports) names its own people and place
 * and a number, over a skewed vocabulary, 200 articles a day. The n-th call makes report n of the
 * seed's sequence (calls must come in order).
 */
export function createReports(seed: number) {
  const random = seededRandom(seed);
  const token = (min: number) =>
    Array.from({ length: min + Math.floor(random() * 6) }, () => LETTERS[Math.floor(random() * 26)]).join('');
  const vocabulary = Array.from({ length: 8000 }, () => token(3));
  const names = Array.from({ length: 20000 }, () => {
    const name = token(4);
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2)] as string;
  const name = () => names[Math.floor(random() * names.length)] as string;
  const sentence = (cast: readonly string[]) =>
    Array.from({ length: 10 + Math.floor(random() * 14) }, (_, i) =>
      i % 5 === 2 ? (cast[Math.floor(random() * cast.length)] as string) : word(),
    ).join(' ');
  let cast: string[] = [];
  return (index: number) => {
    if (index % 4 === 0) cast = [name(), name(), name(), String(10 + Math.floor(random() * 990))];
    const paragraphs = Array.from({ length: 3 + Math.floor(random() * 4) }, () =>
      Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(cast)).join('. '),
    );
    return {
      id: `bench-${index}`,
      title: sentence(cast),
      text: paragraphs.join('\n\n'),
      language: 'en' as const,
      publishedAt: new Date(START + (index * 86_400_000) / PER_DAY).toISOString(),
      source: `outlet-${index % 20}`,
    };
  };
}
