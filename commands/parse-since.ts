import { UserError } from '../src/core/reply/user-error.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MAX_MS = 31 * DAY_MS;

/** "24h", "7d" or a date ("2024-05-01", read as UTC midnight) → the start of a digest window. */
export function parseSince(text: string | undefined, now: Date): Date {
  const value = (text ?? '24h').trim().toLowerCase();
  const relative = /^(\d{1,3})\s*([hd])$/.exec(value);
  if (relative) {
    const ms = Number(relative[1]) * (relative[2] === 'd' ? DAY_MS : HOUR_MS);
    if (ms === 0 || ms > MAX_MS)
      throw new UserError('invalid-since', `${value} is out of range: use 1h to 31d.`);
    return new Date(now.getTime() - ms);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    const date = new Date(`${value}T00:00:00Z`);
    if (date > now) throw new UserError('invalid-since', `${value} is in the future.`);
    return date;
  }
  throw new UserError(
    'invalid-since',
    `"${text}" is not a period: use hours (24h), days (7d) or a date (2024-05-01).`,
  );
}
