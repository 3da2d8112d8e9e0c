import { createHmac } from 'node:crypto';

/** Slack's v0 signature: hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function signSlackRequest(signingSecret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SlashCommandFields {
  text: string;
  response_url: string;
  user_id?: string;
  user_name?: string;
  team_id?: string;
  channel_id?: string;
}

export interface SlashCommandResult {
  status: number;
  /** The ack body: JSON when the bot answered with a message, else the raw text. */
  body: unknown;
  ms: number;
}

/**
 * Posts a slash command to a Bolt HTTP receiver the way Slack does: form-encoded, signed, with
 * the request timestamp. `timestamp` and `signature` may be overridden to test refusals.
 */
export async function sendSlashCommand(
  eventsUrl: string,
  signingSecret: string,
  fields: SlashCommandFields,
  overrides: { timestamp?: number; signature?: string } = {},
): Promise<SlashCommandResult> {
  const form = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.team_id ?? 'T1',
    team_domain: 'example',
    channel_id: fields.channel_id ?? 'C1',
    channel_name: 'news',
    user_id: fields.user_id ?? 'U1',
    user_name: fields.user_name ?? 'aiko',
    command: '/news',
    text: fields.text,
    api_app_id: 'A1',
    response_url: fields.response_url,
    trigger_id: 'trigger.1',
  });
  const rawBody = form.toString();
  const timestamp = overrides.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(eventsUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': overrides.signature ?? signSlackRequest(signingSecret, timestamp, rawBody),
    },
    body: rawBody,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let body: unknown = text;
  try {
    body = text === '' ? '' : JSON.parse(text);
  } catch {
    // A plain-text body (an empty ack, an error page) is returned as it came.
  }
  return { status: response.status, body, ms };
}
