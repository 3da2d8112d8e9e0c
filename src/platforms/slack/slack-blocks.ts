/** Slack's Block Kit limits that shape how a reply is rendered. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextText: 2000,
  /** Notification text: far below Slack's own cap, enough for a preview. */
  fallbackText: 300,
} as const;

export interface SlackTextObject {
  type: 'plain_text' | 'mrkdwn';
  text: string;
  emoji?: boolean;
  /** On mrkdwn: true stops Slack turning bare URLs, #names and @names into links and mentions. */
  verbatim?: boolean;
}

/** The few Block Kit blocks this adapter produces. */
export type SlackBlock =
  | { type: 'header'; text: SlackTextObject }
  | { type: 'section'; text: SlackTextObject }
  | { type: 'section'; fields: SlackTextObject[] }
  | { type: 'context'; elements: SlackTextObject[] }
  | { type: 'divider' };

/** One message as sent to Slack: the ack body, a `respond()` payload or chat.postMessage arguments. */
export interface SlackMessage {
  /** Fallback for notifications and clients without Block Kit; escaped like the blocks. */
  text: string;
  blocks: SlackBlock[];
  /** Only the person who asked sees an ephemeral answer. */
  response_type: 'ephemeral' | 'in_channel';
}

export function headerBlock(escapedText: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: escapedText, emoji: true } };
}

/** Every mrkdwn object is verbatim: only markup this adapter wrote (links, bold labels) counts. */
function mrkdwn(text: string): SlackTextObject {
  return { type: 'mrkdwn', text, verbatim: true };
}

export function sectionBlock(text: string): SlackBlock {
  return { type: 'section', text: mrkdwn(text) };
}

export function fieldsBlock(fields: string[]): SlackBlock {
  return { type: 'section', fields: fields.map(mrkdwn) };
}

export function contextBlock(text: string): SlackBlock {
  return { type: 'context', elements: [mrkdwn(text)] };
}
