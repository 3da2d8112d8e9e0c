import type { IncomingMessage, ServerResponse } from 'node:http';

/** A REST request as the fake received it, its JSON body decoded. */
export interface RecordedRequest {
  method: string;
  /** The path after `/api/v10`, `@original` decoded: `/interactions/1/tok/callback`. */
  path: string;
  query: Record<string, string>;
  /** The decoded JSON body (an array for command registration), or null when there was none. */
  body: unknown;
  authorization: string | null;
  at: number;
}

/** One scripted answer for a channel: Discord's error body with its HTTP status. */
export interface ChannelFailure {
  status: number;
  code: number;
  message: string;
}

/** What the REST half needs from the rest of the fake. */
export interface FakeRestOptions {
  token: string;
  applicationId: string;
  botUser: { id: string; username: string };
  gatewayUrl: () => string;
}

/** The REST half of the fake: records every request and answers as Discord would. */
export interface FakeDiscordRest {
  requests: RecordedRequest[];
  /** Every later POST to this channel gets this error; `null` clears it. */
  failChannel(channelId: string, failure: ChannelFailure | null): void;
  /** The next POST to this channel gets a 429 asking to wait `seconds` (a route limit, not global). */
  rateLimitNext(channelId: string, seconds: number): void;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

export const FORBIDDEN: ChannelFailure = { status: 403, code: 50001, message: 'Missing Access' };
export const UNKNOWN_CHANNEL: ChannelFailure = { status: 404, code: 10003, message: 'Unknown Channel' };

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
type Route = (request: RecordedRequest, match: RegExpExecArray) => Answer;

export function createFakeDiscordRest(options: FakeRestOptions): FakeDiscordRest {
  const requests: RecordedRequest[] = [];
  const failures = new Map<string, ChannelFailure>();
  const rateLimited = new Map<string, number>();
  let nextId = 900_000_000_000_000_000n;
  const snowflake = () => {
    nextId += 1n;
    return String(nextId);
  };
  const message = (channelId: string, raw: unknown) => {
    const body = (raw ?? {}) as Record<string, unknown>;
    return {
      id: snowflake(),
      channel_id: channelId,
      type: 0,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      author: { ...options.botUser, discriminator: '0', bot: true, avatar: null },
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: Number(body.flags ?? 0),
    };
  };
  const routes: [string, RegExp, Route][] = [
    [
      'GET',
      /^\/gateway\/bot$/,
      () => ({
        status: 200,
        body: {
          url: options.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      }),
    ],
    ['GET', /^\/users\/@me$/, () => ({ status: 200, body: { ...options.botUser, bot: true } })],
    [
      'PUT',
      /^\/applications\/[^/]+(?:\/guilds\/[^/]+)?\/commands$/,
      (request) => ({
        status: 200,
        body: asArray(request.body).map((command) => ({ id: snowflake(), ...command })),
      }),
    ],
    ['POST', /^\/interactions\/([^/]+)\/([^/]+)\/callback$/, () => ({ status: 204 })],
    [
      'PATCH',
      /^\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/,
      (r) => ({ status: 200, body: message('0', r.body) }),
    ],
    ['DELETE', /^\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/, () => ({ status: 204 })],
    ['POST', /^\/webhooks\/[^/]+\/[^/]+$/, (r) => ({ status: 200, body: message('0', r.body) })],
    [
      'POST',
      /^\/users\/@me\/channels$/,
      (r) => {
        const recipient = String((r.body as { recipient_id?: unknown } | null)?.recipient_id);
        return { status: 200, body: { id: `dm-${recipient}`, type: 1, recipients: [] } };
      },
    ],
    [
      'POST',
      /^\/channels\/([^/]+)\/messages$/,
      (r, match) => {
        const channelId = match[1] ?? '';
        const wait = rateLimited.get(channelId);
        if (wait !== undefined) {
          rateLimited.delete(channelId);
          return rateLimitAnswer(wait);
        }
        const failure = failures.get(channelId);
        if (failure !== undefined)
          return { status: failure.status, body: { code: failure.code, message: failure.message } };
        return { status: 200, body: message(channelId, r.body) };
      },
    ],
  ];
  return {
    requests,
    failChannel: (channelId, failure) => {
      if (failure === null) failures.delete(channelId);
      else failures.set(channelId, failure);
    },
    rateLimitNext: (channelId, seconds) => rateLimited.set(channelId, seconds),
    handle: async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname.replace(/^\/api\/v10/, '')),
        query: Object.fromEntries(url.searchParams),
        body: raw === '' ? null : (JSON.parse(raw) as unknown),
        authorization: req.headers.authorization ?? null,
        at: performance.now(),
      };
      requests.push(request);
      const answer = route(routes, request, options.token);
      const type = answer.body === undefined ? {} : { 'content-type': 'application/json' };
      res.writeHead(answer.status, { ...type, ...answer.headers });
      res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    },
  };
}

function route(routes: [string, RegExp, Route][], request: RecordedRequest, token: string): Answer {
  // Interaction callbacks and webhooks are authorised by their token, everything else by the bot's.
  const tokenFree = /^\/(interactions|webhooks)\//.test(request.path);
  if (!tokenFree && request.authorization !== `Bot ${token}`) {
    return { status: 401, body: { code: 0, message: '401: Unauthorized' } };
  }
  for (const [method, pattern, handler] of routes) {
    const match = pattern.exec(request.path);
    if (match !== null && method === request.method) return handler(request, match);
  }
  return { status: 404, body: { code: 0, message: '404: Not Found' } };
}

function rateLimitAnswer(seconds: number): Answer {
  return {
    status: 429,
    headers: {
      'retry-after': String(seconds),
      'x-ratelimit-scope': 'user',
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(seconds),
      'x-ratelimit-bucket': 'channel-messages',
    },
    body: { message: 'You are being rate limited.', retry_after: seconds, global: false },
  };
}

function asArray(body: unknown): Record<string, unknown>[] {
  return Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
