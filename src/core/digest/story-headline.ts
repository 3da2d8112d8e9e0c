import type { Article } from '../articles/article.js';
import type { Story } from '../stories/story.js';

/** What a story is shown as: one article's title, linked to that same article. */
export interface StoryHeadline {
  text: string;
  url?: string;
  /** The representative article, when it was found. */
  article?: Article;
}

/**
 * The story's representative article: the one that started it (its first id), whose title the
 * story took. /story, the digest and /search all show it, so a headline never links elsewhere.
 */
export function representativeId(story: Story): string | undefined {
  return story.articleIds[0];
}

/**
 * The headline and link of a story, both from its representative article among `articles`.
 * Without that article the story's own title is shown unlinked rather than linked to another one.
 */
export function storyHeadline(story: Story, articles: readonly Article[]): StoryHeadline {
  const id = representativeId(story);
  const article = articles.find((candidate) => candidate.id === id);
  if (article === undefined) return { text: story.title };
  return { text: article.title, url: article.url, article };
}
