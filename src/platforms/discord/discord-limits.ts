/** Discord's message and embed limits that shape how a reply is rendered. */
export const DISCORD_LIMITS = {
  embedsPerMessage: 10,
  /** Title, description, field names and values, footer and author of all embeds of one message. */
  charsPerMessage: 6000,
  title: 256,
  description: 4096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
} as const;

/** Embed colours: the bot's usual blue, and red for errors. */
export const EMBED_COLOR = { normal: 0x2f6fb3, error: 0xd13b3b } as const;
