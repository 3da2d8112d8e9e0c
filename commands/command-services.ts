/**
 * The services commands may use (stores, queries, the feed fetcher, the schedule validator...).
 * Owned by the commands work (issue 5); main.ts builds the real one, tests an in-memory one.
 * Adapters never look inside: they pass it through to `runCommand`.
 */
// biome-ignore lint/complexity/noBannedTypes: filled in by the commands work
export type CommandServices = {};
