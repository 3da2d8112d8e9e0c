import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const HEARTBEAT_FILE = 'heartbeat.json';

/** The running bot writes this every minute (and `poll --once` after its cycle); `newsbot health` reads it. */
export async function writeHeartbeat(dataDir: string, at: Date): Promise<void> {
  await writeFile(join(dataDir, HEARTBEAT_FILE), JSON.stringify({ at: at.toISOString(), pid: process.pid }));
}

/**
 * Healthy when the heartbeat is younger than `maxAgeMinutes`: a bot whose process hangs (a blocked
 * event loop, a dead store) stops writing it and reports unhealthy even though the process is up.
 */
export async function checkHealth(
  dataDir: string,
  maxAgeMinutes: number,
  now: Date,
): Promise<{ healthy: boolean; message: string }> {
  let raw: string;
  try {
    raw = await readFile(join(dataDir, HEARTBEAT_FILE), 'utf8');
  } catch {
    return {
      healthy: false,
      message: `no heartbeat in ${dataDir}: the bot has not started or has not written one yet`,
    };
  }
  const at = Date.parse((JSON.parse(raw) as { at?: string }).at ?? '');
  if (Number.isNaN(at)) return { healthy: false, message: `unreadable heartbeat in ${dataDir}` };
  const ageMinutes = (now.getTime() - at) / 60_000;
  const age = `${ageMinutes.toFixed(1)} min ago`;
  return ageMinutes <= maxAgeMinutes
    ? { healthy: true, message: `healthy: last heartbeat ${age}` }
    : { healthy: false, message: `unhealthy: last heartbeat ${age} (limit ${maxAgeMinutes} min)` };
}
