import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../core/logging/logger.js';

const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/**
 * Bolt's logger interface over our structured logger, so Bolt's own messages (signature
 * failures, socket reconnects) land in the same JSON lines with `source: 'bolt'`.
 */
export function createBoltLogger(logger: Logger, initial: LogLevel = LogLevel.WARN): BoltLogger {
  let level = initial;
  let log = logger.child({ source: 'bolt' });
  const emit =
    (at: LogLevel, write: (message: string) => void) =>
    (...parts: unknown[]) => {
      if (order.indexOf(at) < order.indexOf(level)) return;
      write(parts.map(describe).join(' '));
    };
  return {
    debug: emit(LogLevel.DEBUG, (message) => log.debug(message)),
    info: emit(LogLevel.INFO, (message) => log.info(message)),
    warn: emit(LogLevel.WARN, (message) => log.warn(message)),
    error: emit(LogLevel.ERROR, (message) => log.error(message)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (name) => {
      log = logger.child({ source: 'bolt', name });
    },
  };
}

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.message;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}
