import type { Article } from '../articles/article.js';
import { articleIdFor } from '../articles/article-id.js';
import { canonicalizeUrl } from '../dedup/canonical-url.js';
import { analysedText } from '../ingest/analysed-text.js';
import type { ActorGazetteer } from '../nlp/actor-gazetteer.js';
import { analyseArticle } from '../nlp/analyse-article.js';
import type { ArticleAnalysis } from '../nlp/article-analysis.js';
import { ANALYSIS_NAMESPACE } from '../nlp/create-analyser.js';
import { UserError } from '../reply/user-error.js';
import type { ArticleStore } from '../store/article-store.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { Story } from '../stories/story.js';

/** One direct quote as `newsbot quotes --json` prints it; `text` is an exact substring of the article. */
export interface QuoteRecord {
  articleId: string;
  url: string;
  text: string;
  speaker: string | null;
  speakerTitle: string | null;
  actor: string | null;
}

export interface QuoteDeps {
  kv: KeyValueStore;
  articles: Pick<ArticleStore, 'get' | 'getMany' | 'withUrl' | 'all' | 'inStory'>;
  stories: { get(id: string): Promise<Story | undefined> };
  gazetteer: ActorGazetteer;
}

/** Which articles to read: one by its link, one story's, or (neither) every relevant one. */
export interface QuoteSelection {
  articleUrl?: string | undefined;
  storyId?: string | undefined;
}

/**
 * Every direct quote of the selected articles, in article order, from the analyses stored at
 * ingest. Copies and articles stored before analysis existed are analysed here without storing:
 * a read command does not write. An unknown link or story is a UserError.
 */
export async function listQuotes(deps: QuoteDeps, selection: QuoteSelection = {}): Promise<QuoteRecord[]> {
  const articles = await selectArticles(deps, selection);
  const stored = await deps.kv.getMany<ArticleAnalysis>(
    ANALYSIS_NAMESPACE,
    articles.map((article) => article.id),
  );
  return articles.flatMap((article, index) => {
    const analysis = stored[index] ?? analyseArticle(analysable(article), deps.gazetteer);
    return analysis.statements
      .filter((statement) => statement.quote)
      .map((statement) => ({
        articleId: article.id,
        url: article.url,
        text: statement.text,
        speaker: statement.speaker,
        speakerTitle: statement.speakerTitle,
        actor: statement.actor,
      }));
  });
}

// The same part of the text the ingest pipeline analyses, so quotes match what ingest stores.
const analysable = (article: Article) => ({ ...article, text: analysedText(article.text) });

async function selectArticles(deps: QuoteDeps, selection: QuoteSelection): Promise<Article[]> {
  const url = selection.articleUrl?.trim();
  const storyId = selection.storyId?.trim();
  const inStory = storyId ? await storyArticles(deps, storyId) : undefined;
  if (url) {
    const article = await articleByUrl(deps, url);
    if (inStory && !inStory.some((member) => member.id === article.id)) {
      throw new UserError('article-not-in-story', `The article ${url} is not in story ${storyId}.`);
    }
    return [article];
  }
  return inStory ?? (await deps.articles.all()).filter((article) => article.relevant);
}

async function storyArticles(deps: QuoteDeps, storyId: string): Promise<Article[]> {
  const story = await deps.stories.get(storyId);
  if (!story) {
    throw new UserError('unknown-story', `No story ${storyId}. List the stories with: newsbot stories`);
  }
  return deps.articles.inStory(story.id);
}

/** The item printed with exactly this link, else the one stored under its canonical form. */
async function articleByUrl(deps: QuoteDeps, url: string): Promise<Article> {
  const [printed] = await deps.articles.withUrl(url);
  const found = printed ?? (await deps.articles.get(articleIdFor(canonicalizeUrl(url))));
  if (!found) {
    throw new UserError(
      'unknown-article',
      `No stored article has the link ${url}. List them with: newsbot articles`,
    );
  }
  return found;
}
