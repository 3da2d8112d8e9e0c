import { digestReply } from '../src/core/digest/digest-reply.js';
import type { CommandDefinition } from './command.js';
import { parseSince } from './parse-since.js';

/** `digest [since]`: the digest of this channel's window on demand (it does not count as posted). */
export const digestCommand: CommandDefinition = {
  name: 'digest',
  description: 'The news digest for this channel, now',
  adminOnly: false,
  options: [{ name: 'since', description: 'How far back: 24h, 7d or a date (2024-05-01)', type: 'string' }],
  run: async ({ options, services, now, platform, workspaceId, channelId }) => {
    const since = parseSince(options.since as string | undefined, now);
    const digest = await services.digests.build({ platform, workspaceId, channelId }, since, now);
    if (digest === null) {
      return {
        title: 'Nothing new',
        text: `No new stories since ${since.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
        sections: [],
        ephemeral: true,
      };
    }
    return digestReply(digest);
  },
};
