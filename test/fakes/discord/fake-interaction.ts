import { DEFAULT_GUILD } from './fake-discord.js';

/** Discord's permission bit for Manage Server. */
export const MANAGE_GUILD = 1n << 5n;

export interface InteractionInput {
  /** The slash command's name. */
  name: string;
  subcommand?: string;
  options?: Record<string, string | number | boolean>;
  /** Autocomplete: which option the user is typing in (its value is in `options`). */
  focused?: string;
  userId?: string;
  /** The member's permissions in the channel; Manage Server makes an admin. */
  permissions?: bigint;
  guildId?: string;
  channelId?: string;
}

/** A raw INTERACTION_CREATE payload plus the id and token the answers will be addressed to. */
export interface FakeInteraction {
  id: string;
  token: string;
  payload: Record<string, unknown>;
}

let counter = 0;

/**
 * Builds an INTERACTION_CREATE payload as Discord sends it for a slash command (type 2) or, with
 * `focused`, for an autocomplete request (type 4) in a guild text channel.
 */
export function fakeInteraction(applicationId: string, input: InteractionInput): FakeInteraction {
  counter += 1;
  const id = String(500_000_000_000_000_000n + BigInt(counter));
  const token = `interaction-token-${counter}`;
  const guildId = input.guildId ?? DEFAULT_GUILD.id;
  const channelId = input.channelId ?? DEFAULT_GUILD.channelIds[0] ?? '1';
  const userId = input.userId ?? '200000000000000001';
  const values = Object.entries(input.options ?? {}).map(([name, value]) => ({
    name,
    type: typeof value === 'string' ? 3 : typeof value === 'number' ? 4 : 5,
    value,
    ...(name === input.focused ? { focused: true } : {}),
  }));
  const options =
    input.subcommand === undefined ? values : [{ name: input.subcommand, type: 1, options: values }];
  const user = {
    id: userId,
    username: `user${userId.slice(-3)}`,
    discriminator: '0',
    avatar: null,
    global_name: null,
  };
  return {
    id,
    token,
    payload: {
      id,
      token,
      application_id: applicationId,
      type: input.focused === undefined ? 2 : 4,
      version: 1,
      guild_id: guildId,
      channel_id: channelId,
      channel: { id: channelId, type: 0, guild_id: guildId, name: 'news' },
      member: {
        user,
        roles: [],
        permissions: String(input.permissions ?? 0n),
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: String((1n << 11n) | (1n << 14n)),
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      data: {
        id: `60000000000000000${input.name.length}`,
        name: input.name,
        type: 1,
        guild_id: guildId,
        options,
      },
    },
  };
}
