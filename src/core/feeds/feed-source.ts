/** A feed the bot polls, from the config file or added by an admin. */
export interface FeedSource {
  /** An http(s) URL, or a local file path (CLI, demo). */
  url: string;
  /** The outlet's name; overrides the feed's own title as an item's `source`. */
  name?: string;
  /** The feed's language when known; a hint for language detection. */
  language?: 'en' | 'ja';
  /** Minutes between polls; the poller's default when absent. */
  intervalMinutes?: number;
}
