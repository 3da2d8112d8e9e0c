import type { GeneratedItem } from './generate-feed.js';
import { seededRandom } from './generate-feed.js';

/**
 * Synthetic reports with the statistics that decide the pipeline's work on real news, where the
 * `uniform` corpus (every text drawn from one 34-word filler) makes every article near every
 * other: its duplicate checks confirm 61 candidates each and its stories hold 60 articles on
 * average (2,260 at most), where the development corpora give 0.16-0.45 candidates a check and
 * stories of a few reports. This corpus gives 0.10 and 3.4 (docs/decisions/0004-store.md,
 * Amendment 14).
 *
 * - Words: function words as English uses them, and content words from a skewed vocabulary of
 *   8,000 (a few very common, most rare), as `bench:dedup` and `bench:stories` draw them.
 * - Events: every four consecutive items of a feed report one event, naming its own people, place
 *   and number, each in its own words (a headline and 80-130 words in three paragraphs).
 * - The beat: each event names one of the watched subjects with a security word, so relevance
 *   keeps it; every 13th item is off the beat. Half the reports quote one of the event's people.
 */
const SUBJECTS = ['NATO', 'Japan', 'Australia', 'South Korea', 'New Zealand'];
const SECURITY = ['security', 'defence', 'military', 'alliance', 'summit', 'minister'];
const FUNCTION_WORDS = 'the of to and a in that for on with as by at from its was is it has'.split(' ');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Who and what an event's reports name. */
interface NewsCast {
  subject: string;
  security: string;
  people: [string, string];
  place: string;
  number: string;
}

function createNewsReports(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const token = (min: number) =>
    Array.from({ length: min + Math.floor(random() * 6) }, () => pick([...LETTERS])).join('');
  const vocabulary = Array.from({ length: 8000 }, () => token(3));
  const names = Array.from({ length: 20000 }, () => {
    const name = token(4);
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
  const word = () =>
    random() < 0.4
      ? pick(FUNCTION_WORDS)
      : (vocabulary[Math.floor(vocabulary.length * random() ** 2)] as string);
  const words = (count: number) => Array.from({ length: count }, word).join(' ');
  return {
    /** An event's cast: a subject of the beat, two people, a place and a number. */
    cast: (): NewsCast => ({
      subject: pick(SUBJECTS),
      security: pick(SECURITY),
      people: [`${pick(names)} ${pick(names)}`, `${pick(names)} ${pick(names)}`],
      place: pick(names),
      number: String(10 + Math.floor(random() * 990)),
    }),
    report(cast: NewsCast): { title: string; html: string } {
      const [first, second] = cast.people;
      const title = `${cast.subject} ${words(3)} ${cast.place} ${words(2)} ${cast.number}`;
      const quote = random() < 0.5 ? ` "${words(8 + Math.floor(random() * 8))}," ${second} said.` : '';
      const paragraphs = [
        `${first} ${words(6)} ${cast.subject} ${cast.security} ${words(8)} in ${cast.place}. ${words(12 + Math.floor(random() * 10))}.`,
        `${words(14 + Math.floor(random() * 10))} ${cast.number} ${words(10)}.${quote}`,
        `${words(16 + Math.floor(random() * 14))} ${second} ${words(8)}.`,
      ];
      return { title, html: paragraphs.map((text) => `<p>${text}</p>`).join('') };
    },
    offBeat(index: number): { title: string; html: string } {
      return { title: `${words(5)} ${index}`, html: `<p>${pick(names)} ${words(30)}.</p>` };
    },
  };
}

/** The `news` corpus's items for a feed: see `generateItems` for dates, links and copies. */
export function newsItems(feedIndex: number, count: number, seed: number): Omit<GeneratedItem, 'pubDate'>[] {
  const reports = createNewsReports(seed * 1000 + feedIndex);
  let cast = reports.cast();
  return Array.from({ length: count }, (_, i) => {
    if (i % 4 === 0) cast = reports.cast();
    const { title, html } = i % 13 === 12 ? reports.offBeat(i) : reports.report(cast);
    return {
      title,
      link: `http://127.0.0.1/feed${feedIndex}/item/${i}?utm_source=bench`,
      guid: `feed${feedIndex}-item${i}`,
      html: `${html}<p>Item ${feedIndex}-${i}.</p>`,
    };
  });
}
