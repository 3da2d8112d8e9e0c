import type { Reply } from '../src/core/reply/reply.js';
import { UserError } from '../src/core/reply/user-error.js';
import { adminInputLimits, cleanAdminInput } from '../src/core/settings/admin-input.js';
import type { CommandDefinition } from './command.js';
import type { FeedAdmin, FeedStatus } from './command-services.js';

const urlOption = [
  { name: 'url', description: 'The feed address (RSS or Atom)', type: 'string', required: true },
] as const;

/** `feeds add|remove|resume|list|status <url>` (admins): the followed feeds and their health. */
export const feedsCommand: CommandDefinition = {
  name: 'feeds',
  description: 'The followed feeds',
  adminOnly: true,
  subcommands: [
    { name: 'add', description: 'Follow a feed (it is fetched once first)', options: urlOption },
    { name: 'remove', description: 'Stop following a feed', options: urlOption },
    { name: 'resume', description: 'Poll a feed paused after failures again', options: urlOption },
    { name: 'list', description: 'List the followed feeds', options: [] },
    { name: 'status', description: 'Failing and paused feeds', options: [] },
  ],
  run: async ({ subcommand, options, services }) => {
    const { feeds } = services;
    if (subcommand === 'list') {
      const all = await feeds.list();
      const items = all.map((feed) =>
        feed.name ? { text: feed.name, detail: feed.url } : { text: feed.url },
      );
      return { title: `Followed feeds (${all.length})`, sections: [{ items }], ephemeral: true };
    }
    if (subcommand === 'status') return statusReply(await feeds.status());
    const url = cleanAdminInput(options.url, 'feed URL', adminInputLimits.feedUrlLength).replace(
      /^<|>$/g,
      '',
    );
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) {
      throw new UserError('invalid-url', `"${url}" is not an http(s) address; nothing was changed.`);
    }
    if (subcommand === 'remove') {
      if ((await feeds.remove(url)) === 'not-found')
        throw new UserError('feed-not-found', `${url} is not followed.`);
      return { title: 'Feed removed', text: `No longer following ${url}.`, sections: [], ephemeral: true };
    }
    if (subcommand === 'resume') {
      if ((await feeds.resume(url)) === 'not-paused')
        throw new UserError('feed-not-paused', `${url} is not paused; nothing was changed.`);
      return {
        title: 'Feed resumed',
        text: `${url} is polled again from its next slot.`,
        sections: [],
        ephemeral: true,
      };
    }
    return addFeed(feeds, url);
  },
};

async function addFeed(feeds: FeedAdmin, url: string): Promise<Reply> {
  if ((await feeds.list()).length >= adminInputLimits.feeds) {
    const limit = adminInputLimits.feeds;
    throw new UserError('too-many-feeds', `${limit} feeds are followed, the limit; remove one first.`);
  }
  const preview = await feeds.preview(url);
  if (!preview.ok)
    throw new UserError('feed-unreadable', `Could not read ${url}: ${preview.error}. It was not added.`);
  if ((await feeds.add({ url, name: preview.title })) === 'exists') {
    throw new UserError('feed-exists', `${url} is already followed.`);
  }
  return {
    title: `Feed added: ${preview.title}`,
    text: `${preview.itemCount} items now, ${preview.relevantCount} of them about the watched keywords.`,
    sections:
      preview.examples.length > 0
        ? [{ heading: 'Latest titles', items: preview.examples.map((text) => ({ text })) }]
        : [],
    ephemeral: true,
  };
}

function statusReply(all: readonly FeedStatus[]): Reply {
  const paused = all.filter((feed) => feed.pausedAt !== null);
  const failing = all.filter((feed) => feed.pausedAt === null && feed.consecutiveFailures > 0);
  const item = (feed: FeedStatus) => ({
    text: feed.name ?? feed.url,
    detail: `${feed.url} · ${feed.consecutiveFailures} failures in a row · last error: ${feed.lastError ?? 'none'} · last success: ${feed.lastSuccessAt?.slice(0, 16) ?? 'never'}`,
  });
  const sections = [
    ...(paused.length > 0 ? [{ heading: `Paused (${paused.length})`, items: paused.map(item) }] : []),
    ...(failing.length > 0 ? [{ heading: `Failing (${failing.length})`, items: failing.map(item) }] : []),
  ];
  const healthy = all.length - paused.length - failing.length;
  return {
    title: 'Feed status',
    text: `${healthy} of ${all.length} feeds healthy.`,
    sections,
    ephemeral: true,
  };
}
