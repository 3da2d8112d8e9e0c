import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { serveFiles } from './serve-files.js';

vi.setConfig({ testTimeout: 90_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let server: Awaited<ReturnType<typeof serveFiles>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbot-start-'));
  server = await serveFiles(join(root, 'demo', 'feeds'));
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

it('with no tokens, `start` polls at once and answers commands typed in the console', async () => {
  const config = join(dir, 'newsbot.yaml');
  await writeFile(
    config,
    [
      'feeds:',
      `  - { url: "${server.base}/pacific-wire.xml" }`,
      `  - { url: "${server.base}/capital-ledger.xml" }`,
      'keywords: { keywords: [{ term: NATO }, { term: Japan, requiresAny: [security, alliance] }] }',
      `actorsFile: ${join(root, 'config', 'actors.yaml')}`,
      'fetch: { allowPrivateAddresses: true }',
    ].join('\n'),
  );
  const child = spawn(
    join(root, 'node_modules/.bin/tsx'),
    [join(root, 'src/cli.ts'), '--config', config, '--data', join(dir, 'data'), 'start', '--console'],
    { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const firstPollDone = new Promise<void>((resolve) =>
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('First poll done')) resolve();
    }),
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await firstPollDone;
  child.stdin.write('/story liaison office\n/watch add AUKUS\n/positions actor:france\nquit\n');
  expect(await exited).toBe(0);
  expect(stderr).toMatch(/newsbot is running \(console\)/);
  expect(stderr).toMatch(/First poll done: 5 new article\(s\), 0 feed\(s\) failed/);
  // The two feeds are polled at once: whichever arrives first holds the original of the wire story.
  expect(stdout).toMatch(/also reported by (Pacific Wire|Capital Ledger) \(demo\)/);
  expect(stdout).toContain('Senior US diplomat says Tokyo office talk was overblown');
  expect(stdout).toMatch(/AUKUS/);
  expect(stdout).toMatch(/Macron/);
});
