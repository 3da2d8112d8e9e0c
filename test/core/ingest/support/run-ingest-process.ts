import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./ingest-process.ts', import.meta.url));

export interface IngestProcess {
  /** Resolves once the process has opened the store and starts ingesting. */
  ready: Promise<void>;
  /** The feeds' reports, or null when the process was killed or failed. */
  done: Promise<unknown[] | null>;
  /** The process's peak resident memory in MB, once it is done (null when killed). */
  peakRssMb: Promise<number | null>;
  kill(): void;
}

/**
 * Starts a separate Node process ingesting `feeds` into the store in `dataDir`: from the sources
 * through tsx, or from an app compiled by `compileApp` into `compiledRoot`; on `storeUrl` if given.
 */
export function runIngestProcess(
  dataDir: string,
  feeds: readonly string[],
  options: { compiledRoot?: string; storeUrl?: string } = {},
): IngestProcess {
  const script = options.compiledRoot
    ? [join(options.compiledRoot, 'dist/test/core/ingest/support/ingest-process.js')]
    : ['--import', 'tsx', SCRIPT];
  const env = options.storeUrl ? { ...process.env, NEWSBOT_STORE_URL: options.storeUrl } : process.env;
  const child = spawn(process.execPath, [...script, dataDir, ...feeds], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let out = '';
  let err = '';
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.startsWith('ready\n')) markReady();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<string[] | null>((resolve, reject) =>
    child.on('exit', (code, signal) => {
      markReady();
      if (signal) return resolve(null);
      if (code !== 0) return reject(new Error(`ingest process exited ${code}: ${err}`));
      resolve(out.split('\n'));
    }),
  );
  return {
    ready,
    done: exited.then((lines) => (lines ? (JSON.parse(lines[1] ?? 'null') as unknown[]) : null)),
    peakRssMb: exited.then(
      (lines) => (lines ? Number(lines[2]) / 1024 : null),
      () => null,
    ),
    kill: () => child.kill('SIGKILL'),
  };
}
