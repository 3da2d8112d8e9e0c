import type { Article, DuplicateMatch } from '../articles/article.js';
import { articleIdFor } from '../articles/article-id.js';
import { canonicalizeUrl } from '../dedup/canonical-url.js';
import type { StoryReader } from '../digest/digest-ports.js';
import type { ArticleStore } from '../store/article-store.js';
import type { Story } from '../stories/story.js';

/** What happened to one item, as `why <url>` and `newsbot why` tell it. */
export type Explanation =
  | { kind: 'never-seen'; url: string }
  | { kind: 'not-relevant'; article: Article; reason: string }
  | {
      kind: 'duplicate';
      article: Article;
      match: DuplicateMatch;
      /** The first-seen copy, when it is still stored. */
      original: Article | undefined;
      story: Story | undefined;
    }
  | { kind: 'new'; article: Article; story: Story | undefined };

/** Where `explainItem` looks items and stories up. */
export interface ExplainDeps {
  articles: Pick<ArticleStore, 'get' | 'withUrl'>;
  stories: Pick<StoryReader, 'get'>;
}

/** Looks an item up by its URL in any form it was shared in, and says what the pipeline did. */
export async function explainItem(deps: ExplainDeps, url: string): Promise<Explanation> {
  const article = await findArticle(deps, url);
  if (article === undefined) return { kind: 'never-seen', url };
  if (!article.relevant) {
    return {
      kind: 'not-relevant',
      article,
      reason: article.irrelevantReason ?? 'no watched keyword matched',
    };
  }
  const story = article.storyId ? await deps.stories.get(article.storyId) : undefined;
  if (article.duplicate) {
    const original = await deps.articles.get(article.duplicate.of);
    return { kind: 'duplicate', article, match: article.duplicate, original, story };
  }
  return { kind: 'new', article, story };
}

/** The copy printed with exactly this link first, then the article its canonical form points at. */
async function findArticle(deps: ExplainDeps, url: string): Promise<Article | undefined> {
  const wanted = url.trim();
  const canonical = canonicalizeUrl(wanted);
  const direct = await deps.articles.get(articleIdFor(canonical));
  if (direct?.url === wanted) return direct;
  // Copies found under another form of a stored URL are keyed by feed + URL: look the link up.
  const [exact] = await deps.articles.withUrl(wanted);
  return exact ?? direct;
}
