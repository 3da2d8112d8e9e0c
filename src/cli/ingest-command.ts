import { resolve } from 'node:path';
import type { NewsbotApp } from '../app/create-app.js';
import { describeFeedReport, type FeedReport } from '../app/ingest-feed.js';
import { plural } from '../core/digest/plural.js';
import { type CliOutput, printJson } from './cli-output.js';

/** A URL stays a URL; anything else is a local file path, made absolute so ids do not depend on cwd. */
export function feedLocation(argument: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(argument) ? argument : resolve(argument);
}

/**
 * `newsbot ingest`: one line per feed (counts or the error). Feeds are read one after another so
 * the lines come out in the order given; a failing feed never stops the others, and the exit code
 * says whether any failed.
 */
export async function ingestCommand(
  app: NewsbotApp,
  sources: readonly string[],
  output: CliOutput,
  json: boolean,
): Promise<number> {
  const reports: FeedReport[] = [];
  for (const source of sources) {
    const report = await app.feeds.ingestOnce({ url: feedLocation(source) });
    reports.push(report);
    if (!json) output.out(describeFeedReport(report));
  }
  // The stories settle once the whole run is in (see IngestPipeline.settle).
  const settled = await app.pipeline.settle();
  if (json) printJson(output, { feeds: reports, settled });
  else if (settled > 0)
    output.out(
      `settled: ${plural(settled, 'story', 'stories')} of one report merged into their event's story`,
    );
  return reports.some((report) => !report.ok) ? 1 : 0;
}
