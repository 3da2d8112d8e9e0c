import { whyCommand as whyChatCommand } from '../../commands/why-command.js';
import type { NewsbotApp } from '../app/create-app.js';
import type { Article } from '../core/articles/article.js';
import type { Explanation } from '../core/explain/explain-item.js';
import { CliError, type CliOutput, printJson } from './cli-output.js';
import { runAsConsole } from './run-as-console.js';

/** `newsbot why <url>`: the explanation as JSON, or as the console's /why shows it. */
export async function whyCommand(
  app: NewsbotApp,
  url: string,
  output: CliOutput,
  json: boolean,
): Promise<void> {
  if (json) return printJson(output, explanationJson(await app.services.explain(url)));
  const { text, failed } = await runAsConsole(app, whyChatCommand, { url });
  if (failed) throw new CliError(text.trim());
  output.out(text);
}

const brief = (article: Article) => ({
  id: article.id,
  title: article.title,
  url: article.url,
  source: article.source,
  publishedAt: article.publishedAt,
});

/** The explanation without article bodies: what happened, to which item, and why. */
function explanationJson(explanation: Explanation) {
  switch (explanation.kind) {
    case 'never-seen':
      return { outcome: 'never-seen', url: explanation.url };
    case 'not-relevant':
      return { outcome: 'not-relevant', article: brief(explanation.article), reason: explanation.reason };
    case 'duplicate':
      return {
        outcome: 'duplicate',
        article: brief(explanation.article),
        duplicateOf: explanation.match.of,
        method: explanation.match.method,
        similarity: explanation.match.similarity,
        containment: explanation.match.containment ?? null,
        original: explanation.original ? brief(explanation.original) : null,
        story: explanation.story ? { id: explanation.story.id, title: explanation.story.title } : null,
      };
    case 'new':
      return {
        outcome: 'new',
        article: brief(explanation.article),
        matchedKeywords: explanation.article.matchedKeywords,
        story: explanation.story ? { id: explanation.story.id, title: explanation.story.title } : null,
      };
  }
}
