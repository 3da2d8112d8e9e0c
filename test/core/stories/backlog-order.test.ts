import { describe, expect, it } from 'vitest';
import { LABELLED_STORY_SETS, type LabelledArticle } from '../../fixtures/stories/labelled-story-sets.js';
import { withProductionApp } from './production-stories.js';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One RSS document holding `articles` in the given order (a backlog of a portal that mixes outlets). */
function rssOf(articles: readonly LabelledArticle[]): string {
  const items = articles
    .map(
      (article) =>
        `<item><title>${escapeXml(article.title)}</title><link>https://portal.example/${article.key}</link>` +
        `<guid>https://portal.example/${article.key}</guid><pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>` +
        `<description>${escapeXml(
          article.text
            .split(/\n\s*\n/)
            .map((p) => `<p>${p}</p>`)
            .join(''),
        )}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Portal</title><link>https://portal.example/</link>${items}</channel></rss>`;
}

/** Ingests the articles as feed polls and returns, per article key, the keys of its story's articles. */
async function groupings(polls: readonly (readonly LabelledArticle[])[]): Promise<string[]> {
  return withProductionApp(async (app) => {
    for (const poll of polls) await app.feeds.ingestXml({ url: 'https://portal.example/rss' }, rssOf(poll));
    const byStory = new Map<string, string[]>();
    for (const article of await app.articles.all()) {
      const key = article.url.split('/').pop() ?? '';
      if (article.storyId) byStory.set(article.storyId, [...(byStory.get(article.storyId) ?? []), key]);
    }
    return [...byStory.values()].map((keys) => keys.sort().join(' ')).sort();
  });
}

describe('order of arrival', () => {
  it('a backlog polled at once, items out of date order, gives the same stories as the items arriving one by one', async () => {
    const set = LABELLED_STORY_SETS.find((candidate) => candidate.name === 'stories')?.articles ?? [];
    const byDate = [...set].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    // A fixed shuffle: newest first, then the rest interleaved.
    const shuffled = [...byDate].reverse();
    const mixed = shuffled.filter((_, i) => i % 2 === 0).concat(shuffled.filter((_, i) => i % 2 === 1));
    expect(mixed.map((article) => article.key)).not.toEqual(byDate.map((article) => article.key));
    const oneByOne = await groupings(byDate.map((article) => [article]));
    const backlog = await groupings([mixed]);
    expect(backlog).toEqual(oneByOne);
    expect(oneByOne.length).toBeLessThan(set.length);
    // Seconds of CPU alone; beside another suite on two cores, well past vitest's default 20 s.
  }, 90_000);
});
