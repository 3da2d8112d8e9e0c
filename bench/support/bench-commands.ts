import type { CommandDefinition, OptionValue } from '../../commands/command.js';
import type { CommandServices } from '../../commands/command-services.js';
import { createCommandServices } from '../../commands/create-command-services.js';
import { runCommand } from '../../commands/run-command.js';
import { createJsonLogger } from '../../src/core/logging/logger.js';
import type { ActorGazetteer } from '../../src/core/nlp/actor-gazetteer.js';
import { defaultWatchedKeywords } from '../../src/core/relevance/default-watched-keywords.js';
import type { Reply } from '../../src/core/reply/reply.js';
import type { ArticleStore } from '../../src/core/store/article-store.js';
import type { KeyValueStore } from '../../src/core/store/key-value-store.js';
import { validateCron } from '../../src/scheduler/validate-cron.js';

/** A failing command is a broken benchmark, not a fast one: its errors are printed. */
const errorsOnly = createJsonLogger((line) => process.stderr.write(line), 'error');

/** The real command services over a benchmark's store (no feed fetching is benchmarked). */
export function benchServices(
  kv: KeyValueStore,
  gazetteer: ActorGazetteer,
  now: Date,
  articles?: ArticleStore,
): CommandServices {
  return createCommandServices({
    kv,
    ...(articles ? { articles } : {}),
    gazetteer,
    defaultKeywords: defaultWatchedKeywords,
    configuredFeeds: [],
    fetchOptions: {
      timeoutMs: 1000,
      maxBytes: 1000,
      maxRedirects: 0,
      userAgent: 'bench',
      allowPrivateAddresses: false,
    },
    validateCron,
    defaultTimezone: 'UTC',
    maxDigestStories: 10,
    now: () => now,
  });
}

/** Runs a command as an admin in the console would, and fails loudly when it answers with an error. */
export async function runAsAdmin(
  definition: CommandDefinition,
  services: CommandServices,
  now: Date,
  options: Record<string, OptionValue | undefined>,
  subcommand: string | null = null,
): Promise<Reply> {
  const reply = await runCommand(
    definition,
    {
      subcommand,
      options,
      platform: 'console',
      workspaceId: 'bench',
      channelId: 'bench',
      user: { id: 'bench', name: 'bench' },
      isAdmin: true,
      now,
      services,
    },
    errorsOnly,
  );
  if (reply.tone === 'error') throw new Error(`/${definition.name} failed: ${reply.text}`);
  return reply;
}
