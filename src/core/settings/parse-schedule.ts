import { UserError } from '../reply/user-error.js';

/** Says what is wrong with a cron expression, or null when it is valid (node-cron's check, in main). */
export type CronValidator = (expression: string) => string | null;

/**
 * Reads what an admin typed after `schedule set`: either a time of day ("08:00", "7:30") which
 * becomes a daily cron expression, or a five-field cron expression checked by `validateCron`.
 * Returns the cron expression to store.
 */
export function parseSchedule(text: string, validateCron: CronValidator): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const time = /^(\d{1,2}):(\d{2})$/.exec(trimmed);
  if (time) {
    const hour = Number(time[1]);
    const minute = Number(time[2]);
    if (hour > 23 || minute > 59)
      throw new UserError(
        'invalid-time',
        `"${trimmed}" is not a time of day: use HH:MM from 00:00 to 23:59.`,
      );
    return `${minute} ${hour} * * *`;
  }
  const fields = trimmed.split(' ');
  if (fields.length !== 5) {
    throw new UserError(
      'invalid-cron',
      `"${trimmed}" is neither a time (HH:MM) nor a cron expression: cron needs 5 fields ` +
        `(minute hour day-of-month month day-of-week), got ${fields.length}. Example: "0 8 * * 1-5".`,
    );
  }
  const problem = validateCron(trimmed);
  if (problem !== null)
    throw new UserError('invalid-cron', `"${trimmed}" is not a valid cron expression: ${problem}.`);
  return trimmed;
}
