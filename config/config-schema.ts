import { z } from 'zod';

const httpUrl = z
  .string()
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'not an http(s) URL');

const timezone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}, 'not an IANA timezone (for example Asia/Tokyo or Europe/Paris)');

const feedSchema = z.strictObject({
  url: httpUrl,
  name: z.string().min(1).optional(),
  language: z.enum(['en', 'ja']).optional(),
  intervalMinutes: z.number().int().min(1).max(1440).optional(),
});

/**
 * The file in config/ (YAML), validated once at start-up. Keywords and actors have their own
 * schemas (relevance and nlp own them) and are checked by the loader with the same path reporting.
 * Secrets are not allowed here: they come from the environment only.
 */
export const configSchema = z.strictObject({
  feeds: z.array(feedSchema).min(1, 'at least one feed is needed'),
  keywords: z.unknown(),
  actorsFile: z.string().default('actors.yaml'),
  polling: z
    .strictObject({
      intervalMinutes: z.number().int().min(1).max(1440).default(10),
      maxAgeCapMinutes: z.number().int().min(1).max(1440).default(60),
      concurrency: z.number().int().min(1).max(64).default(4),
      pauseAfterFailures: z.number().int().min(1).max(100).default(5),
    })
    .prefault({}),
  fetch: z
    .strictObject({
      timeoutSeconds: z.number().min(1).max(300).default(15),
      maxBytes: z.number().int().min(1024).max(100_000_000).default(5_000_000),
      maxRedirects: z.number().int().min(0).max(10).default(5),
      userAgent: z.string().min(1).default('newsbot/0.1 (+https://github.com/newsbot/newsbot; feed reader)'),
      allowPrivateAddresses: z.boolean().default(false),
    })
    .prefault({}),
  store: z
    .strictObject({
      url: z
        .string()
        .refine(
          (value) => !/\/\/[^/]*:[^/]*@/.test(value),
          'credentials belong in NEWSBOT_STORE_URL, not the file',
        )
        .optional(),
    })
    .prefault({}),
  digest: z
    .strictObject({
      defaultTime: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)')
        .default('08:00'),
      defaultTimezone: timezone.default('UTC'),
      maxStories: z.number().int().min(1).max(25).default(10),
    })
    .prefault({}),
  discord: z
    .strictObject({ guildId: z.string().regex(/^\d+$/, 'a Discord guild id is digits').optional() })
    .prefault({}),
  slack: z
    .strictObject({
      adminUserIds: z
        .array(z.string().regex(/^[UW][A-Z0-9]+$/, 'a Slack user id such as U012ABCDEF'))
        .default([]),
      port: z.number().int().min(1).max(65535).default(3000),
    })
    .prefault({}),
  logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type RawConfig = z.infer<typeof configSchema>;
export type FeedConfig = z.infer<typeof feedSchema>;
