/**
 * A bot process that only ingests: `node --import tsx ingest-process.ts <dataDir> <feed>...`.
 * Prints "ready" once the app is open, then one JSON line with every feed's report (and the milliseconds it took) and one with
 * the process's peak resident memory in kilobytes. The concurrency, crash and oversized-item
 * tests start these on one data directory.
 */
import { loadConfig } from '../../../../config/load-config.js';
import { createApp } from '../../../../src/app/create-app.js';
import { silentLogger } from '../../../../src/core/logging/logger.js';

const [dataDir, ...feeds] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: ingest-process.ts <dataDir> <feed>...');
const loaded = await loadConfig();
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const app = await createApp({
  config: loaded.config,
  dataDir,
  storeUrl: process.env.NEWSBOT_STORE_URL,
  logger: silentLogger,
  now: () => new Date('2024-06-02T00:00:00Z'),
  allowPrivateAddresses: true,
});
process.stdout.write('ready\n');
const reports = [];
for (const url of feeds) {
  const started = performance.now();
  const report = await app.feeds.ingestOnce({ url });
  reports.push({ ...report, ms: Math.round(performance.now() - started) });
}
await app.close();
process.stdout.write(`${JSON.stringify(reports)}\n${process.resourceUsage().maxRSS}\n`);
