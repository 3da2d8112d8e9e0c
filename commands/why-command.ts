import { explanationReply } from '../src/core/explain/explanation-reply.js';
import { UserError } from '../src/core/reply/user-error.js';
import type { CommandDefinition } from './command.js';

/** `why <url>`: what the pipeline did with an item and why. */
export const whyCommand: CommandDefinition = {
  name: 'why',
  description: 'Why an item was or was not posted',
  adminOnly: false,
  options: [{ name: 'url', description: 'The article link', type: 'string', required: true }],
  run: async ({ options, services, platform }) => {
    const url = String(options.url).replace(/^<|>$/g, '');
    if (!URL.canParse(url)) throw new UserError('invalid-url', `"${url}" is not a link (https://...).`);
    return explanationReply(await services.explain(url), platform);
  },
};
