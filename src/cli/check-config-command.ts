import type { NewsbotConfig } from '../../config/load-config.js';
import type { CliOutput } from './cli-output.js';

/** Which platform variables are set; values are never printed. */
const SECRET_VARIABLES = [
  'DISCORD_TOKEN',
  'DISCORD_APP_ID',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'NEWSBOT_STORE_URL',
] as const;

/** `newsbot check-config`: a valid config is summarised; an invalid one never gets this far. */
export function checkConfigCommand(config: NewsbotConfig, env: NodeJS.ProcessEnv, output: CliOutput): void {
  output.out(`✓ ${config.path} is valid`);
  output.out(`  ${config.feeds.length} feeds, ${config.keywords.keywords.length} watched keywords`);
  output.out(`  actors: ${Object.keys(config.actors.actors).join(', ')}`);
  output.out(
    `  polling every ${config.polling.intervalMinutes} min, ${config.polling.concurrency} at a time`,
  );
  for (const name of SECRET_VARIABLES) output.out(`  ${name}: ${env[name] ? 'set' : 'not set'}`);
}
