import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/reply/user-error.js';
import { parseSchedule } from '../../../src/core/settings/parse-schedule.js';
import { validateTimezone } from '../../../src/core/settings/validate-timezone.js';
import { createWorkspaceKeywords } from '../../../src/core/settings/workspace-keywords.js';
import { createMemoryKeyValueStore } from '../../../src/core/store/key-value-store.js';
import { validateCron } from '../../../src/scheduler/validate-cron.js';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('accepted');
}

describe('reading a digest schedule', () => {
  it('turns a time of day into a daily cron expression and keeps valid cron as typed', () => {
    expect(parseSchedule('08:00', validateCron)).toBe('0 8 * * *');
    expect(parseSchedule('7:05', validateCron)).toBe('5 7 * * *');
    expect(parseSchedule('  0  8 * *   mon-fri ', validateCron)).toBe('0 8 * * mon-fri');
  });

  it('says why a time, a cron expression or a timezone is refused', () => {
    expect(refusal(() => parseSchedule('24:00', validateCron))).toBe(
      'invalid-time: "24:00" is not a time of day: use HH:MM from 00:00 to 23:59.',
    );
    expect(refusal(() => parseSchedule('0 61 * * *', validateCron))).toBe(
      'invalid-cron: "0 61 * * *" is not a valid cron expression: 61 is an invalid expression for hour.',
    );
    // node-cron would take six fields (seconds first); a digest schedule has five.
    expect(refusal(() => parseSchedule('0 0 8 * * *', validateCron))).toContain('cron needs 5 fields');
    expect(refusal(() => validateTimezone('Tokyo'))).toContain('"Tokyo" is not a timezone this bot knows');
    expect(validateTimezone('europe/paris')).toBe('Europe/Paris');
  });
});

describe('watched keywords per workspace', () => {
  it('start from the defaults, change per workspace only, and ignore case when comparing', async () => {
    const keywords = createWorkspaceKeywords(createMemoryKeyValueStore(), { keywords: [{ term: 'NATO' }] });
    expect(await keywords.add('guild-a', 'AUKUS')).toBe('added');
    expect(await keywords.add('guild-a', 'aukus')).toBe('exists');
    expect((await keywords.list('guild-a')).keywords.map((k) => k.term)).toEqual(['NATO', 'AUKUS']);
    expect((await keywords.list('guild-b')).keywords.map((k) => k.term)).toEqual(['NATO']);
    expect(await keywords.remove('guild-b', 'nato')).toBe('removed');
    expect(await keywords.remove('guild-b', 'nato')).toBe('not-found');
    expect((await keywords.list('guild-a')).keywords.map((k) => k.term)).toEqual(['NATO', 'AUKUS']);
  });
});
