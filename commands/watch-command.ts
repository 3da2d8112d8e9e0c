import type { Article } from '../src/core/articles/article.js';
import { plural } from '../src/core/digest/plural.js';
import type { WatchedKeyword, WatchedKeywords } from '../src/core/relevance/relevance-schema.js';
import type { Reply } from '../src/core/reply/reply.js';
import { UserError } from '../src/core/reply/user-error.js';
import { adminInputLimits, cleanAdminInput } from '../src/core/settings/admin-input.js';
import type { CommandContext, CommandDefinition } from './command.js';

const DRY_RUN_MS = 7 * 24 * 60 * 60 * 1000;
const keywordOption = [
  { name: 'keyword', description: 'A word or phrase', type: 'string', required: true, rest: true },
] as const;

/** `watch add|remove|list <keyword>` (admins): this workspace's watched keywords. */
export const watchCommand: CommandDefinition = {
  name: 'watch',
  description: "This workspace's watched keywords",
  adminOnly: true,
  subcommands: [
    {
      name: 'add',
      description: 'Watch a keyword (shows what it would have matched)',
      options: keywordOption,
    },
    { name: 'remove', description: 'Stop watching a keyword', options: keywordOption },
    { name: 'list', description: 'List the watched keywords', options: [] },
  ],
  run: async (context) => {
    const { services, workspaceId } = context;
    if (context.subcommand === 'list') return listReply(await services.keywords.list(workspaceId));
    const term = cleanAdminInput(context.options.keyword, 'keyword', adminInputLimits.keywordLength);
    if (term.length < 2) throw new UserError('keyword-too-short', 'A keyword needs at least two characters.');
    if (context.subcommand === 'remove') {
      if ((await services.keywords.remove(workspaceId, term)) === 'not-found') {
        throw new UserError('not-watched', `"${term}" is not watched here; nothing was changed.`);
      }
      return {
        title: 'Keyword removed',
        text: `No longer watching "${term}".`,
        sections: [],
        ephemeral: true,
      };
    }
    const added = await services.keywords.add(workspaceId, term);
    if (added === 'exists') {
      throw new UserError('already-watched', `"${term}" is already watched; nothing was changed.`);
    }
    if (added === 'too-many') {
      const limit = adminInputLimits.keywordsPerWorkspace;
      throw new UserError('too-many-keywords', `${limit} keywords are watched, the limit; remove one first.`);
    }
    return addedReply(term, await dryRun(context, term));
  },
};

async function dryRun(context: CommandContext, term: string): Promise<Article[]> {
  const cutoff = new Date(context.now.getTime() - DRY_RUN_MS);
  const matches = context.services.relevanceFor({ keywords: [{ term }] });
  const recent = (await context.services.articles.firstSeenSince(cutoff, context.now)).filter(
    (article) => article.duplicateOf === null,
  );
  return recent.filter((article) => matches(article).relevant).reverse();
}

function addedReply(term: string, matched: readonly Article[]): Reply {
  const examples = matched.slice(0, 2).map((article) => ({
    text: article.title,
    url: article.url,
    detail: `${article.source} · ${article.publishedAt.slice(0, 10)}`,
  }));
  const count = plural(matched.length, 'item');
  return {
    title: 'Keyword added',
    text: `Now watching "${term}". Dry run: it would have matched ${count} stored in the last 7 days.`,
    sections: examples.length > 0 ? [{ heading: 'For example', items: examples }] : [],
    ephemeral: true,
  };
}

function listReply(watched: WatchedKeywords): Reply {
  const items = watched.keywords.map((keyword) => ({ text: shortDescription(keyword) }));
  const exclude = watched.exclude ?? [];
  return {
    title: `Watched keywords (${items.length})`,
    sections: [{ items }],
    ephemeral: true,
    footer: exclude.length > 0 ? `Excluded: ${exclude.join(', ')}` : undefined,
  };
}

const COMPANIONS_SHOWN = 5;

/** A keyword and the first few of its companion terms: the default lists are long. */
function shortDescription(keyword: WatchedKeyword): string {
  const companions = keyword.requiresAny ?? [];
  if (companions.length === 0) return keyword.term;
  const more = companions.length > COMPANIONS_SHOWN ? `, +${companions.length - COMPANIONS_SHOWN} more` : '';
  return `${keyword.term} (with any of: ${companions.slice(0, COMPANIONS_SHOWN).join(', ')}${more})`;
}
