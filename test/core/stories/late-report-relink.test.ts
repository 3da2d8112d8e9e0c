import { describe, expect, it } from 'vitest';
import { withProductionApp } from './production-stories.js';

/**
 * Our own small backlog (written for this test, no real event): one naval incident told by three
 * outlets and an unrelated meeting of the same alliance in the same days. The first and the third
 * report of the incident share no name; the second (published between them) names both sides.
 */
interface Report {
  key: string;
  publishedAt: string;
  title: string;
  text: string;
}

const COLLISION: Report = {
  key: 'collision',
  publishedAt: '2025-03-03T08:00:00Z',
  title: 'NATO frigate collides with trawler in the Skagerrak',
  text:
    'The Halvorsen, a frigate sailing with a NATO maritime group, collided with a fishing trawler in the Skagerrak before dawn on Monday. ' +
    'The alliance said two sailors were hurt and the frigate returned to port under its own power.',
};
const BRIDGE: Report = {
  key: 'bridge',
  publishedAt: '2025-03-03T18:00:00Z',
  title: 'Trawler Nordlys towed home after clash with NATO frigate Halvorsen',
  text:
    'The trawler Nordlys, struck by the NATO frigate Halvorsen in the Skagerrak on Monday, was towed to Hirtshals. ' +
    'Rear Admiral Elena Marquardt, who commands the maritime group, said an inquiry would establish how the collision happened.',
};
const INQUIRY: Report = {
  key: 'inquiry',
  publishedAt: '2025-03-04T10:00:00Z',
  title: 'Marquardt opens inquiry into damage to the Nordlys',
  text:
    'Rear Admiral Elena Marquardt ordered an inquiry on Tuesday into the collision that left the trawler Nordlys holed below the waterline at Hirtshals. ' +
    'The NATO commander said the crew of the fishing boat would be compensated.',
};
const MEETING: Report = {
  key: 'meeting',
  publishedAt: '2025-03-04T12:00:00Z',
  title: 'NATO defence ministers weigh shared ammunition stocks',
  text:
    'Defence ministers of the alliance met in Brussels on Tuesday to discuss pooling ammunition stocks and speeding up joint purchases of artillery shells. ' +
    'Secretary General Mark Rutte said production had doubled since last year.',
};

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const rssOf = (reports: readonly Report[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Portal</title><link>https://portal.example/</link>${reports
    .map(
      (report) =>
        `<item><title>${escapeXml(report.title)}</title><link>https://portal.example/${report.key}</link>` +
        `<guid>https://portal.example/${report.key}</guid><pubDate>${new Date(report.publishedAt).toUTCString()}</pubDate>` +
        `<description>${escapeXml(report.text)}</description></item>`,
    )
    .join('')}</channel></rss>`;

/**
 * Ingests each poll in turn on the production path; after each, the stories as the archive holds
 * them (each article's storyId) and as the story records list them, which must agree.
 */
async function groupingsAfterEachPoll(polls: readonly (readonly Report[])[]): Promise<string[][]> {
  return withProductionApp(async (app) => {
    const after: string[][] = [];
    for (const poll of polls) {
      await app.feeds.ingestXml({ url: 'https://portal.example/rss' }, rssOf(poll));
      const byStory = new Map<string, string[]>();
      for (const article of await app.articles.all()) {
        if (!article.storyId) continue;
        byStory.set(article.storyId, [...(byStory.get(article.storyId) ?? []), article.id]);
      }
      const keyOf = new Map((await app.articles.all()).map((a) => [a.id, a.url.split('/').pop() ?? '']));
      for (const [storyId, ids] of byStory) {
        const story = await app.stories.get(storyId);
        expect(story?.id).toBe(storyId);
        expect([...(story?.articleIds ?? [])].sort()).toEqual([...ids].sort());
      }
      expect((await app.stories.all()).length).toBe(byStory.size);
      after.push(
        [...byStory.values()]
          .map((ids) =>
            ids
              .map((id) => keyOf.get(id))
              .sort()
              .join(' '),
          )
          .sort(),
      );
    }
    return after;
  });
}

describe('a late, older report re-links the stories it bridges', () => {
  it('gives the same stories as the reports arriving in publication order', async () => {
    const inOrder = await groupingsAfterEachPoll([[COLLISION], [BRIDGE], [INQUIRY], [MEETING]]);
    const late = await groupingsAfterEachPoll([[COLLISION], [INQUIRY], [MEETING], [BRIDGE]]);
    expect(inOrder.at(-1)).toEqual(['bridge collision inquiry', 'meeting']);
    // Before the bridging report came, the incident was two stories: the re-link had work to do.
    expect(late[2]).toEqual(['collision', 'inquiry', 'meeting']);
    expect(late.at(-1)).toEqual(inOrder.at(-1));
    // Seconds of CPU alone; beside another suite on two cores, well past vitest's default 20 s.
  }, 90_000);
});
