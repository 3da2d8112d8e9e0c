#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=4 --max-old-space-size=384 --heap-growing-percent=20
// Smaller young generation (4 MB semi-spaces) and an old generation capped at 384 MB: V8 collects
// before garbage piles up, which holds the ingest of new articles at 100k stored near the 250 MB
// RSS target for 5-30% more CPU than Node's defaults in the runs measured (--optimize-for-size
// cost a third to a half more). The cap leaves room over the largest live heap measured: Japanese
// input with kuromoji loaded ran under a 256 MB cap (figures in docs/decisions/0004, amendment 8).
// The old generation grows by a fifth between full collections instead of V8's own factor (up to
// four times on a small heap): peak RSS of the ingest on the news-like bench corpus 253-261 ->
// 244-255 MB, for ~1% more CPU (0004, Amendment 15).
// Two malloc arenas (glibc makes up to eight per core, one for each thread that allocates: V8's
// helpers, libuv's pool) keep SQLite's and the parsers' freed memory reusable instead of held in
// idle arenas: peak RSS of that ingest 225 -> 208 MB, 350 -> 324 MB with Japanese items, for no
// CPU that could be measured (0004, Amendment 13). Other C libraries ignore the variable; npm
// scripts leave it out to stay portable. bench:ingest reads this line to run with the same
// settings.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { listArticles } from './cli/articles-command.js';
import { checkConfigCommand } from './cli/check-config-command.js';
import { CliError, processOutput, quietOnBrokenPipe } from './cli/cli-output.js';
import { checkHealth } from './cli/health-command.js';
import { ingestCommand } from './cli/ingest-command.js';
import { pollCommand } from './cli/poll-command.js';
import { positionsCommand } from './cli/positions-command.js';
import { quotesCommand } from './cli/quotes-command.js';
import { registerCommandsCommand } from './cli/register-commands-command.js';
import { storiesCommand } from './cli/stories-command.js';
import { whyCommand } from './cli/why-command.js';
import { type GlobalOptions, loadConfigOrFail, withApp } from './cli/with-app.js';

quietOnBrokenPipe(process.stdout);
quietOnBrokenPipe(process.stderr);
const output = processOutput;
const program = new Command('newsbot')
  .description(
    'Follows NATO, Japan and AP4 news: dedup, stories, positions, digests on Discord, Slack or a terminal.',
  )
  .option(
    '--data <dir>',
    'data directory (the embedded store lives here)',
    process.env.NEWSBOT_DATA_DIR ?? './data',
  )
  .option('--config <file>', 'config file (default: config/newsbot.yaml of the package)')
  .addOption(
    new Option('--log-level <level>', 'log level on stderr').choices(['debug', 'info', 'warn', 'error']),
  )
  .showHelpAfterError('(run with --help for usage)');

const globals = (): GlobalOptions => program.opts<GlobalOptions>();
let exitCode = 0;

program
  .command('start')
  .description('run the bot: Discord and/or Slack when their tokens are set, else the console')
  .option('--console', 'read console commands from stdin even when it is not a terminal')
  .action(async (options: { console?: boolean }) => {
    const { startBot } = await import('./main.js');
    exitCode = await startBot({ ...globals(), ...options }, process.env, output);
  });

program
  .command('demo')
  .description('ingest the bundled demo feeds into ./data/demo, show a digest and positions, then a prompt')
  .option('--no-prompt', 'exit after the digest and positions (the default when stdin is not a terminal)')
  .action(async (options: { prompt: boolean }) => {
    const { runDemo } = await import('./app/run-demo.js');
    exitCode = await runDemo(globals(), output, { prompt: options.prompt && Boolean(process.stdin.isTTY) });
  });

program
  .command('ingest')
  .description('fetch, parse and ingest feeds (URLs or files) once: one line per feed')
  .argument('<url-or-file...>', 'feed URLs or local files')
  .option('--json', 'print one JSON document')
  .option('--allow-private', 'allow feeds on loopback or private addresses')
  .action(async (sources: string[], options: { json?: boolean; allowPrivate?: boolean }) => {
    exitCode = await withApp(
      globals(),
      output,
      (app) => ingestCommand(app, sources, output, Boolean(options.json)),
      {
        ...(options.allowPrivate ? { allowPrivateAddresses: true } : {}),
      },
    );
  });

program
  .command('poll')
  .description('poll the configured feeds, once or on their schedules (Ctrl-C stops)')
  .option('--once', 'poll every feed once and exit')
  .option('--json', 'with --once: print one JSON document')
  .action(async (options: { once?: boolean; json?: boolean }) => {
    exitCode = await withApp(globals(), output, (app) =>
      pollCommand(app, output, { ...options, dataDir: resolve(globals().data) }),
    );
  });

program
  .command('articles')
  .description('every stored item, oldest first')
  .option('--json', 'print a JSON array')
  .action(async (options: { json?: boolean }) => {
    await withApp(globals(), output, (app) => listArticles(app.articles, output, Boolean(options.json)));
  });

program
  .command('stories')
  .description('stories, most recently active first')
  .option('--json', 'print {"stories": [...]}')
  .action(async (options: { json?: boolean }) => {
    await withApp(globals(), output, (app) => storiesCommand(app, output, Boolean(options.json)));
  });

program
  .command('positions')
  .description('where each actor stands on a story (default: the most covered recent story)')
  .option('--story <id>', 'story id (see newsbot stories)')
  .option('--actor <name>', 'one actor: japan, nato, france, us, china, australia, new-zealand, south-korea')
  .option('--topic <words>', 'every stored article matching the words, month by month ("a | b" for either)')
  .option('--json', 'print one JSON document')
  .action(async (options: { story?: string; actor?: string; topic?: string; json?: boolean }) => {
    await withApp(globals(), output, (app) => positionsCommand(app, output, options));
  });

program
  .command('quotes')
  .description('every direct quote in the stored articles, with its speaker and actor')
  .option('--article <url>', 'only the article with this link')
  .option('--story <id>', 'only the articles of this story (see newsbot stories)')
  .option('--json', 'print a JSON array of {articleId, url, text, speaker, speakerTitle, actor}')
  .action(async (options: { article?: string; story?: string; json?: boolean }) => {
    await withApp(globals(), output, (app) => quotesCommand(app, output, options));
  });

program
  .command('why')
  .description('what happened to an item and why')
  .argument('<url>', 'the item link, in any of its forms')
  .option('--json', 'print one JSON document')
  .action(async (url: string, options: { json?: boolean }) => {
    await withApp(globals(), output, (app) => whyCommand(app, url, output, Boolean(options.json)));
  });

program
  .command('register-commands')
  .description('register the Discord slash commands now (a start registers them only when they changed)')
  .action(async () => {
    await withApp(globals(), output, (app) => registerCommandsCommand(app, process.env, output));
  });

program
  .command('check-config')
  .description('validate the configuration and list every problem')
  .action(async () => {
    checkConfigCommand(await loadConfigOrFail(globals()), process.env, output);
  });

program
  .command('health')
  .description('exit 0 when the running bot wrote its heartbeat recently (Docker HEALTHCHECK)')
  .option('--max-age <minutes>', 'how old the heartbeat may be', '5')
  .action(async (options: { maxAge: string }) => {
    const result = await checkHealth(globals().data, Number(options.maxAge), new Date());
    output.out(result.message);
    exitCode = result.healthy ? 0 : 1;
  });

try {
  await program.parseAsync();
  process.exitCode = exitCode;
} catch (error) {
  if (error instanceof CliError) {
    output.err(`newsbot: ${error.message}`);
    process.exitCode = error.exitCode;
  } else {
    output.err(`newsbot: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
