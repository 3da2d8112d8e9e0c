import { UserError } from '../reply/user-error.js';

/**
 * Checks an IANA timezone name with the runtime's own tables (Node has full ICU) and returns its
 * canonical spelling ("asia/tokyo" → "Asia/Tokyo"). Unknown names are a `UserError` saying why.
 */
export function validateTimezone(name: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    throw new UserError(
      'invalid-timezone',
      `"${name}" is not a timezone this bot knows. Use an IANA name such as Asia/Tokyo, Europe/Paris or UTC.`,
    );
  }
}
