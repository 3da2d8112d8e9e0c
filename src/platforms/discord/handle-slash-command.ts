import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command.js';
import type { CommandServices } from '../../../commands/command-services.js';
import { errorReply, runCommand } from '../../../commands/run-command.js';
import type { Logger } from '../../core/logging/logger.js';
import type { Reply } from '../../core/reply/reply.js';
import { editPayload, interactionPayload } from './discord-payloads.js';
import { readInteractionOptions } from './read-interaction-options.js';
import { renderDiscordReply } from './render-discord-reply.js';
import { settleWithin } from './settle-within.js';

export interface SlashCommandDeps {
  commands: readonly CommandDefinition[];
  services: CommandServices;
  logger: Logger;
  now: () => Date;
  /** Discord gives up after 3 s: a command still running after this long is deferred. */
  deferAfterMs: number;
}

/**
 * Answers one slash command: runs it through `runCommand` (which re-checks admin rights) and
 * replies at once if the answer is ready within `deferAfterMs`; otherwise defers (ephemerally
 * for admin commands) and edits the deferred answer when it is ready. Further messages of a
 * long answer are follow-ups. Failures to deliver are logged, never thrown.
 */
export async function handleSlashCommand(
  interaction: ChatInputCommandInteraction,
  deps: SlashCommandDeps,
): Promise<void> {
  const started = Date.now();
  const log = deps.logger.child({
    platform: 'discord',
    guild: interaction.guildId,
    channel: interaction.channelId,
    command: interaction.commandName,
  });
  const definition = deps.commands.find((command) => command.name === interaction.commandName);
  const work = answer(interaction, definition, deps, log);
  const early = await settleWithin(work, deps.deferAfterMs);
  try {
    if (early !== undefined) await replyNow(interaction, early);
    else await replyLate(interaction, work, definition?.adminOnly === true);
  } catch (error) {
    log.error('could not deliver a slash command answer', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
  log.info('answered slash command', { late: early === undefined, ms: Date.now() - started });
}

async function answer(
  interaction: ChatInputCommandInteraction,
  definition: CommandDefinition | undefined,
  deps: SlashCommandDeps,
  log: Logger,
): Promise<Reply> {
  if (definition === undefined) {
    log.warn('slash command not known to this bot');
    return errorReply(`This bot has no /${interaction.commandName} command any more.`);
  }
  const { subcommand, options } = readInteractionOptions(interaction);
  return runCommand(
    definition,
    {
      subcommand,
      options,
      platform: 'discord',
      workspaceId: interaction.guildId ?? 'dm',
      channelId: interaction.channelId,
      user: { id: interaction.user.id, name: interaction.user.globalName ?? interaction.user.username },
      // From the member's permissions in this channel, on every call: registration only hides commands.
      isAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
      now: deps.now(),
      services: deps.services,
    },
    log,
  );
}

async function replyNow(interaction: ChatInputCommandInteraction, reply: Reply): Promise<void> {
  const [first, ...rest] = renderDiscordReply(reply);
  if (first !== undefined) await interaction.reply(interactionPayload(first));
  for (const message of rest) await interaction.followUp(interactionPayload(message));
}

async function replyLate(
  interaction: ChatInputCommandInteraction,
  work: Promise<Reply>,
  ephemeral: boolean,
): Promise<void> {
  await interaction.deferReply(ephemeral ? { flags: 'Ephemeral' } : {});
  const reply = await work;
  const messages = renderDiscordReply(reply);
  if (reply.ephemeral && !ephemeral) {
    // A public "thinking…" cannot turn private: remove it and answer privately instead.
    await interaction.deleteReply();
    for (const message of messages) await interaction.followUp(interactionPayload(message));
    return;
  }
  const [first, ...rest] = messages;
  if (first !== undefined) await interaction.editReply(editPayload(first));
  for (const message of rest) await interaction.followUp(interactionPayload(message));
}
