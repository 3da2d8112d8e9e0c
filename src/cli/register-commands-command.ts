import { REST } from 'discord.js';
import { allCommands } from '../../commands/all-commands.js';
import type { NewsbotApp } from '../app/create-app.js';
import { registerCommands } from '../platforms/discord/register-commands.js';
import { CliError, type CliOutput } from './cli-output.js';

/**
 * `newsbot register-commands`: overwrites the Discord slash commands now, whether or not they
 * changed (after editing them by hand in the developer portal, say), and records their hash so
 * the next start does not register them again. Slack's one `/news` lives in its app manifest.
 */
export async function registerCommandsCommand(
  app: NewsbotApp,
  env: NodeJS.ProcessEnv,
  output: CliOutput,
): Promise<void> {
  const token = env.DISCORD_TOKEN;
  const applicationId = env.DISCORD_APP_ID;
  if (!token || !applicationId) {
    throw new CliError('register-commands needs DISCORD_TOKEN and DISCORD_APP_ID in the environment.', 2);
  }
  const rest = new REST({ version: '10', ...(env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {}) });
  rest.setToken(token);
  const guildId = app.config.discord.guildId;
  try {
    const outcome = await registerCommands(
      { rest, applicationId, ...(guildId ? { guildId } : {}), commands: allCommands, kv: app.kv },
      { force: true },
    );
    const where = guildId ? `in server ${guildId}` : 'globally';
    output.out(`Registered ${outcome.count} Discord slash commands ${where}.`);
  } catch (error) {
    throw new CliError(
      `Discord refused the commands: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
