import type { Subscription } from '../src/core/digest/subscription-store.js';
import { commandHint } from '../src/core/reply/platform-wording.js';
import type { Reply } from '../src/core/reply/reply.js';
import { UserError } from '../src/core/reply/user-error.js';
import { adminInputLimits, cleanAdminInput } from '../src/core/settings/admin-input.js';
import { parseSchedule } from '../src/core/settings/parse-schedule.js';
import { validateTimezone } from '../src/core/settings/validate-timezone.js';
import type { CommandContext, CommandDefinition } from './command.js';

/** `schedule set <cron or HH:MM> [timezone] | off | show` (admins): this channel's digest schedule. */
export const scheduleCommand: CommandDefinition = {
  name: 'schedule',
  description: "This channel's digest schedule",
  adminOnly: true,
  subcommands: [
    {
      name: 'set',
      description: 'Post digests here at a time (HH:MM) or on a cron schedule',
      options: [
        {
          name: 'when',
          description: 'HH:MM or a cron expression',
          type: 'string',
          required: true,
          rest: true,
        },
        { name: 'timezone', description: 'IANA timezone, e.g. Asia/Tokyo', type: 'string' },
      ],
    },
    { name: 'off', description: 'Stop digests in this channel', options: [] },
    { name: 'show', description: "Show this channel's schedule", options: [] },
  ],
  run: async (context) => {
    const { services, subcommand } = context;
    const channel = {
      platform: context.platform,
      workspaceId: context.workspaceId,
      channelId: context.channelId,
    };
    if (subcommand === 'show') {
      const found = await services.schedules.get(channel);
      if (!found) {
        const hint = commandHint(context.platform, ['schedule', 'set'], [{ name: 'when', value: '08:00' }]);
        return plain('No schedule', `This channel gets no digests. Set one with ${hint}.`);
      }
      return plain('Digest schedule', describe(found));
    }
    if (subcommand === 'off') {
      const removed = await services.schedules.remove(channel);
      return plain(
        'Digests off',
        removed ? 'This channel will get no more digests.' : 'This channel had no schedule.',
      );
    }
    const { when, timezone } = splitWhen(context);
    const cron = parseSchedule(when, services.validateCron);
    const zone = validateTimezone(timezone ?? services.defaultTimezone);
    const saved = await services.schedules.set(channel, { cron, timezone: zone });
    return plain('Digest scheduled', describe(saved));
  },
};

/**
 * Typed as text, the timezone follows the schedule in the same words ("0 8 * * 1-5 Asia/Tokyo"):
 * a time is one word and cron five, so a sixth (or second) word is the timezone.
 */
function splitWhen(context: CommandContext): { when: string; timezone: string | undefined } {
  const when = cleanAdminInput(context.options.when, 'schedule', adminInputLimits.scheduleLength);
  const { timezone } = context.options;
  if (typeof timezone === 'string') {
    return { when, timezone: cleanAdminInput(timezone, 'timezone', adminInputLimits.timezoneLength) };
  }
  const words = when.split(/\s+/);
  if (words.length === 2 || words.length === 6) {
    return { when: words.slice(0, -1).join(' '), timezone: words.at(-1) };
  }
  if (words.length > 6) {
    throw new UserError(
      'invalid-cron',
      `"${when}" has too many words: give HH:MM or 5 cron fields, then an optional timezone.`,
    );
  }
  return { when, timezone: undefined };
}

function describe(subscription: Subscription): string {
  const daily = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(subscription.cron);
  const when = daily
    ? `every day at ${daily[2]?.padStart(2, '0')}:${daily[1]?.padStart(2, '0')}`
    : `on the cron schedule "${subscription.cron}"`;
  const state = subscription.paused ? ` Paused: ${subscription.pausedReason ?? 'no reason recorded'}.` : '';
  const last = subscription.lastDigestAt
    ? ` Last digest: ${subscription.lastDigestAt.slice(0, 16).replace('T', ' ')} UTC.`
    : '';
  return `Digests are posted here ${when} (${subscription.timezone}).${state}${last}`;
}

function plain(title: string, text: string): Reply {
  return { title, text, sections: [], ephemeral: true };
}
