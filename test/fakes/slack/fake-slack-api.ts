import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted HTTP answer of the fake Web API. */
export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A Web API call or a response_url post, as the fake received it (JSON fields decoded). */
export interface RecordedCall {
  path: string;
  body: Record<string, unknown>;
  at: number;
}

/** A loopback stand-in for Slack's Web API and its response_url endpoints. */
export interface FakeSlackApi {
  /** Base URL for the Web API client, with the trailing slash it needs. */
  apiUrl: string;
  /** A response_url that records what is posted to it. */
  responseUrl(id: string): string;
  /** Web API calls by method name, in arrival order. */
  calls(method: string): RecordedCall[];
  /** Posts received on response_url `id`. */
  responses(id: string): RecordedCall[];
  /** Queues answers for a method; once used up, the method's default answer applies. */
  script(method: string, ...answers: FakeAnswer[]): void;
  /** Workspace admins as users.info reports them. */
  workspaceAdmins: Set<string>;
  waitFor(check: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const recorded: RecordedCall[] = [];
  const scripts = new Map<string, FakeAnswer[]>();
  const workspaceAdmins = new Set<string>();
  let ts = 1_700_000_000;
  const defaults = (method: string, body: Record<string, unknown>): FakeAnswer => {
    if (method === 'chat.postMessage') {
      ts += 1;
      return { body: { ok: true, channel: body.channel, ts: `${ts}.000100` } };
    }
    if (method === 'users.info') {
      const user = String(body.user);
      return { body: { ok: true, user: { id: user, is_admin: workspaceAdmins.has(user), is_owner: false } } };
    }
    if (method === 'auth.test') return { body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' } };
    return { body: { ok: false, error: 'unknown_method' } };
  };
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = decode(await readBody(req), req.headers['content-type'] ?? '');
    recorded.push({ path, body, at: Date.now() });
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : null;
    const answer =
      method === null ? { body: { ok: true } } : (scripts.get(method)?.shift() ?? defaults(method, body));
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body ?? {}));
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls: (method) => recorded.filter((call) => call.path === `/api/${method}`),
    responses: (id) => recorded.filter((call) => call.path === `/response/${id}`),
    script: (method, ...answers) => scripts.set(method, [...(scripts.get(method) ?? []), ...answers]),
    workspaceAdmins,
    waitFor: async (check, timeoutMs = 3000) => {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline) throw new Error('fake Slack API: condition not met in time');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Web API client sends forms with nested values (blocks) as JSON strings; respond() sends JSON. */
function decode(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = value.startsWith('[') || value.startsWith('{') ? JSON.parse(value) : value;
  }
  return out;
}
