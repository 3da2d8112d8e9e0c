import { readdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCommands } from '../../commands/all-commands.js';
import { digestCommand } from '../../commands/digest-command.js';
import { positionsCommand } from '../../commands/positions-command.js';
import type { CliOutput } from '../cli/cli-output.js';
import { runAsConsole } from '../cli/run-as-console.js';
import { type GlobalOptions, loadConfigOrFail } from '../cli/with-app.js';
import { createJsonLogger } from '../core/logging/logger.js';
import { startConsole } from '../platforms/console/start-console.js';
import { createApp } from './create-app.js';
import { describeFeedReport } from './ingest-feed.js';

/** The demo feeds shipped in the package (demo/feeds), from the source tree or the build. */
function demoFeedsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = here.includes(`${join('dist', 'src')}`)
    ? resolve(here, '..', '..', '..')
    : resolve(here, '..', '..');
  return join(root, 'demo', 'feeds');
}

/**
 * `newsbot demo`: a fresh store in <data>/demo, the bundled demo feeds ingested through the real
 * pipeline, then what a channel would see (stories, a digest, the positions on the most covered
 * story) and, in a terminal, the command prompt. No tokens, no network.
 */
export async function runDemo(
  options: GlobalOptions,
  output: CliOutput,
  settings: { prompt: boolean },
): Promise<number> {
  const config = await loadConfigOrFail(options);
  const dataDir = resolve(options.data, 'demo');
  // A fresh store each run, so the demo always shows the same first-time ingest.
  await rm(dataDir, { recursive: true, force: true });
  const logger = createJsonLogger((line) => process.stderr.write(line), options.logLevel ?? 'warn');
  const app = await createApp({ config, dataDir, logger, allowPrivateAddresses: true });
  try {
    output.out(`newsbot demo: console mode, embedded store in ${dataDir}\n`);
    const feedsDir = demoFeedsDir();
    const files = (await readdir(feedsDir)).filter((name) => name.endsWith('.xml')).sort();
    let failed = 0;
    for (const file of files) {
      const report = await app.feeds.ingestOnce({ url: join(feedsDir, file) });
      if (!report.ok) failed += 1;
      output.out(describeFeedReport(report));
    }
    await app.pipeline.settle();
    await section(output, 'Stories', await storyLines(app));
    await section(
      output,
      'Digest (/digest since:2023-01-01)',
      (await runAsConsole(app, digestCommand, { since: '2023-01-01' })).text,
    );
    await section(
      output,
      'Positions (/positions story:liaison office)',
      (await runAsConsole(app, positionsCommand, { story: 'liaison office' })).text,
    );
    if (settings.prompt) {
      output.out('Type commands such as /positions china, /story liaison office, /help; quit to leave.');
      const session = startConsole({
        commands: allCommands,
        services: app.services,
        input: process.stdin,
        output: process.stdout,
        logger,
        workspaceId: 'console',
        channelId: 'console',
        isAdmin: true,
      });
      await session.closed;
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}

async function section(output: CliOutput, heading: string, text: string): Promise<void> {
  output.out(`\n── ${heading} ${'─'.repeat(Math.max(0, 70 - heading.length))}\n${text.trimEnd()}`);
}

async function storyLines(app: Awaited<ReturnType<typeof createApp>>): Promise<string> {
  const stories = await app.stories.all();
  return stories
    .map(
      (story) => `• ${story.title}\n  ${story.articleIds.length} article(s) from ${story.sources.join(', ')}`,
    )
    .join('\n');
}
