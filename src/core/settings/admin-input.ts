import { UserError } from '../reply/user-error.js';
import { stripControlCharacters } from '../text/strip-control-characters.js';

/**
 * Bounds on what admins type. Generous for real use (the longest default keyword is a few
 * words, real feed URLs stay far below browsers' 2,000-odd characters, a cron line is a few
 * dozen), tight enough that a pasted megabyte is refused before it reaches the store or every
 * ingest's keyword matching.
 */
export const adminInputLimits = {
  keywordLength: 100,
  keywordsPerWorkspace: 200,
  feedUrlLength: 2048,
  feeds: 500,
  scheduleLength: 100,
  timezoneLength: 64,
} as const;

/**
 * What an admin typed, trimmed and without control, bidi or other invisible characters, or a
 * `UserError` ("too-long") naming the field and the limit. The refusal gives the length, not
 * the text: echoing a 100,000-character input back would be the problem again.
 */
export function cleanAdminInput(value: unknown, field: string, maxLength: number): string {
  const text = stripControlCharacters(String(value ?? '')).trim();
  if (text.length > maxLength) {
    throw new UserError(
      'too-long',
      `The ${field} is ${text.length.toLocaleString('en')} characters long; the limit is ` +
        `${maxLength.toLocaleString('en')}. Nothing was changed.`,
    );
  }
  return text;
}
