import type { ReplyField } from './reply.js';

/** The platforms a person reads the bot on. */
export type ChatPlatform = 'discord' | 'slack' | 'console';

/** One option in a hint: its name and what to type for it; without a value, a placeholder. */
export interface HintOption {
  name: string;
  value?: string;
  optional?: boolean;
}

/**
 * How a person types a command on `platform`: Slack has one `/news` command with the rest as
 * text (`/news schedule set 08:00`), Discord has a slash command per name with named options
 * (`/schedule set when:08:00`), the console reads the words as typed (`/schedule set 08:00`).
 * Every hint and usage line the bot shows is built here, so the platforms cannot drift apart.
 */
export function commandHint(
  platform: ChatPlatform,
  words: readonly string[],
  options: readonly HintOption[] = [],
): string {
  const head = `${platform === 'slack' ? '/news ' : '/'}${words.join(' ')}`;
  const typed = options.map((option) => {
    if (option.value === undefined) return placeholder(platform, option.name, option.optional === true);
    return platform === 'discord' ? `${option.name}:${option.value}` : option.value;
  });
  return [head, ...typed].join(' ');
}

/** `<keyword>` and `[limit]` in a usage line; Discord names the required ones (`keyword:<keyword>`). */
function placeholder(platform: ChatPlatform, name: string, optional: boolean): string {
  if (optional) return `[${name}]`;
  return platform === 'discord' ? `${name}:<${name}>` : `<${name}>`;
}

/**
 * What an admin does when the platform refuses the bot a channel: on Slack the bot must be a
 * member (`/invite`), on Discord its role needs the channel's permissions.
 */
export function channelAccessFix(platform: ChatPlatform): string {
  if (platform === 'slack') return 'Invite the bot to the channel (type /invite @ and its name there)';
  if (platform === 'discord') {
    return "Give the bot View Channel, Send Messages and Embed Links in the channel's permissions";
  }
  return 'Check that the bot can post there';
}

/** A channel as a field that each adapter shows as its native mention (`<#id>` on Discord and Slack). */
export function channelField(channelId: string): ReplyField {
  return { label: 'Channel', value: channelId, mention: 'channel' };
}
