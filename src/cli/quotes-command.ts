import type { NewsbotApp } from '../app/create-app.js';
import { listQuotes, type QuoteRecord, type QuoteSelection } from '../core/quotes/list-quotes.js';
import { UserError } from '../core/reply/user-error.js';
import { CliError, type CliOutput, printJson } from './cli-output.js';

/**
 * `newsbot quotes`: every direct quote found in the stored articles (one article, one story, or
 * all), with its speaker and actor. With --json, the array is how quality is measured from outside.
 */
export async function quotesCommand(
  app: NewsbotApp,
  output: CliOutput,
  options: { article?: string; story?: string; json?: boolean },
): Promise<void> {
  const selection: QuoteSelection = { articleUrl: options.article, storyId: options.story };
  let quotes: QuoteRecord[];
  try {
    quotes = await listQuotes(
      { kv: app.kv, articles: app.articles, stories: app.stories, gazetteer: app.config.actors },
      selection,
    );
  } catch (error) {
    if (error instanceof UserError) throw new CliError(error.message);
    throw error;
  }
  if (options.json) return printJson(output, quotes);
  if (quotes.length === 0) return output.out('No direct quotes found in the selected articles.');
  let url = '';
  for (const quote of quotes) {
    if (quote.url !== url) {
      url = quote.url;
      output.out(`${quote.url}  (${quote.articleId})`);
    }
    output.out(`  “${quote.text}” — ${speakerLine(quote)}`);
  }
}

function speakerLine(quote: QuoteRecord): string {
  if (!quote.speaker) return 'speaker unknown';
  // A body ("a NATO spokesperson") is its own title: print it once.
  const title = quote.speakerTitle && quote.speakerTitle !== quote.speaker ? `, ${quote.speakerTitle}` : '';
  return `${quote.speaker}${title}${quote.actor ? ` [${quote.actor}]` : ''}`;
}
