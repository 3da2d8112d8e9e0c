import { z } from 'zod';

const term = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} cannot be empty`);

// Strict: a misspelt `requireAny` must be an error, not silently make "Japan" count on its own.
const watchedKeywordSchema = z.strictObject({
  term: term('a keyword term'),
  requiresAny: z
    .array(term('a companion term'), { error: 'requiresAny must be a list of terms' })
    .min(1, 'requiresAny needs at least one companion term (or leave it out)')
    .optional(),
});

/** The `relevance` value of the config file: what the bot watches and what it leaves out. */
export const relevanceSchema = z.strictObject({
  keywords: z
    .array(watchedKeywordSchema, { error: 'keywords must be a list of { term, requiresAny? }' })
    .min(1, 'at least one watched keyword is needed, or nothing would ever be relevant'),
  exclude: z.array(term('an excluded term'), { error: 'exclude must be a list of terms' }).optional(),
});

/**
 * One watched keyword. A phrase, matched case-insensitively (on word boundaries for Latin text, as a
 * plain substring when it contains CJK characters). With `requiresAny`, it counts only when one of
 * those companion terms occurs in the same item ("Japan" only with a security or diplomacy term).
 */
export type WatchedKeyword = z.infer<typeof watchedKeywordSchema>;

/** Watched keywords and exclusions (an exclusion vetoes an item whatever else matched). */
export type WatchedKeywords = z.infer<typeof relevanceSchema>;
