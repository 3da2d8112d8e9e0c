import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./ingest-process.ts', import.meta.url));

export interface IngestProcess {
  /** Resolves once the process has opened the store and starts ingesting. */
  ready: Promise<void>;
  /** The feeds' reports, or null when the process was killed or failed. */
  done: Promise<unknown[] | null>;
  kill(): void;
}

/** Starts a separate Node process ingesting `feeds` into the store in `dataDir`. */
export function runIngestProcess(dataDir: string, feeds: readonly string[]): IngestProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dataDir, ...feeds], {
    stdio: ['ignore', 'pipe', 'pipe'],
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
  const done = new Promise<unknown[] | null>((resolve, reject) =>
    child.on('exit', (code, signal) => {
      markReady();
      if (signal) return resolve(null);
      if (code !== 0) return reject(new Error(`ingest process exited ${code}: ${err}`));
      resolve(JSON.parse(out.split('\n')[1] ?? 'null') as unknown[]);
    }),
  );
  return { ready, done, kill: () => child.kill('SIGKILL') };
}
