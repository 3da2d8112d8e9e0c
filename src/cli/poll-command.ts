import type { NewsbotApp } from '../app/create-app.js';
import { createAppPoller } from '../app/create-app-poller.js';
import { plural } from '../core/digest/plural.js';
import type { FeedEvent, FeedPollResult } from '../core/feeds/poller.js';
import { type CliOutput, printJson } from './cli-output.js';
import { writeHeartbeat } from './health-command.js';
import { createProgressLine } from './progress-line.js';

/** Feed errors already name their feed (`https://x/rss: HTTP 503`): the line does not repeat it. */
export function feedError(feed: string, error: string): string {
  return error.startsWith(feed) ? error : `${feed}: ${error}`;
}

/** One line per feed, as `newsbot poll --once` prints it. */
export function describePollResult(result: FeedPollResult): string {
  switch (result.status) {
    case 'ok': {
      const { summary } = result;
      return `✓ ${result.feed}: ${plural(summary.items, 'item')} — ${summary.new} new, ${summary.duplicate} duplicate, ${summary.notRelevant} not relevant`;
    }
    case 'not-modified':
      return `✓ ${result.feed}: not modified since the last poll`;
    case 'failed':
      return `✗ ${feedError(result.feed, result.error)}${result.paused ? ' (paused after repeated failures)' : ''}`;
    case 'paused':
      return `‖ ${result.feed}: paused since ${result.since}${result.error ? ` (${result.error})` : ''}`;
  }
}

/** A poller event as one line for a person watching a terminal. */
export function describeFeedEvent(event: FeedEvent): string {
  switch (event.type) {
    case 'feed-failed':
      return `✗ ${feedError(event.feed, event.error)} (failure ${event.consecutiveFailures}, next try ${event.nextDueAt})`;
    case 'feed-paused':
      return `‖ paused after ${event.consecutiveFailures} failures: ${feedError(event.feed, event.error)} (/feeds status)`;
    case 'feed-recovered':
      return `✓ ${event.feed} works again after ${event.afterFailures} failure(s)`;
  }
}

/**
 * `newsbot poll`: with --once, every configured feed now, one line each (exit 1 when any failed);
 * without, each feed on its own schedule until Ctrl-C.
 */
export async function pollCommand(
  app: NewsbotApp,
  output: CliOutput,
  options: { once?: boolean; json?: boolean; dataDir: string },
): Promise<number> {
  const progress = createProgressLine(output, 'polling feeds');
  const poller = createAppPoller(app, {
    onProgress: (done, total, feed) => progress.update(done, total, feed),
    // With --once the results are printed at the end; on schedules, as they happen.
    ...(options.once ? {} : { onEvent: (event: FeedEvent) => output.err(describeFeedEvent(event)) }),
  });
  if (options.once) {
    const results = await poller.pollOnce();
    progress.clear();
    await writeHeartbeat(options.dataDir, app.now());
    if (options.json) printJson(output, { feeds: results });
    else for (const result of results) output.out(describePollResult(result));
    return results.some((result) => result.status === 'failed') ? 1 : 0;
  }
  output.err('Polling the configured feeds on their schedules; Ctrl-C stops.');
  poller.start();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await poller.stop();
  return 0;
}
