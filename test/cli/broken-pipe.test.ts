import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

// Enough stored items that the listing is far larger than a pipe's buffer (64 KB on Linux).
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-pipe-'));
  const items = Array.from(
    { length: 300 },
    (_, index) =>
      `<item><title>Shipping notice ${index} for the northern port</title><link>https://pipe.example/${index}</link>` +
      `<description>Notice ${index}: ${'berths and tides '.repeat(20)}</description></item>`,
  ).join('');
  await writeFile(
    join(dir, 'feed.xml'),
    `<rss version="2.0"><channel><title>Port</title>${items}</channel></rss>`,
  );
  const ingest = await runCli(['--data', dir, 'ingest', join(dir, 'feed.xml')]);
  expect(ingest.code).toBe(0);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the CLI, reads the first `bytes` of its output and closes the pipe, as `| head -c` does. */
function readHead(
  args: string[],
  bytes: number,
): Promise<{ head: string; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(`${root}node_modules/.bin/tsx`, [`${root}src/cli.ts`, ...args], { cwd: root });
    let head = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      head += chunk.toString('utf8');
      if (head.length >= bytes) child.stdout.destroy();
    });
    child.on('close', (code) => resolve({ head: head.slice(0, bytes), code, stderr }));
  });
}

describe('the CLI when its reader stops early', () => {
  it.each([[['articles', '--json']], [['articles']]])(
    'newsbot %s | head exits quietly, without an EPIPE stack trace',
    async (args) => {
      const { head, code, stderr } = await readHead(['--data', dir, ...args], 10);
      expect(head).toHaveLength(10);
      expect(stderr).toBe('');
      expect(code).toBe(0);
    },
    60_000,
  );
});
