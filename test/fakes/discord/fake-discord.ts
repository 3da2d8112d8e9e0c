import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeDiscordGateway, type FakeDiscordGateway, type FakeGuild } from './fake-discord-gateway.js';
import { createFakeDiscordRest, type FakeDiscordRest, type RecordedRequest } from './fake-discord-rest.js';

export type { FakeGuild } from './fake-discord-gateway.js';
export { FORBIDDEN, type RecordedRequest, UNKNOWN_CHANNEL } from './fake-discord-rest.js';

/**
 * A loopback Discord that the real discord.js logs in to: REST under `/api/v10` and the gateway
 * WebSocket on `/gateway`, on one 127.0.0.1 port.
 */
export interface FakeDiscord {
  /** What to give discord.js as `rest.api` (it appends `/v10`). */
  apiUrl: string;
  token: string;
  applicationId: string;
  botUser: { id: string; username: string };
  guilds: FakeGuild[];
  rest: Pick<FakeDiscordRest, 'requests' | 'failChannel' | 'rateLimitNext'>;
  gateway: FakeDiscordGateway;
  /** REST requests whose method and path match, in arrival order. */
  find(method: string, path: string | RegExp): RecordedRequest[];
  waitFor<T>(check: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  guilds?: FakeGuild[];
  heartbeatIntervalMs?: number;
}

export const DEFAULT_GUILD: FakeGuild = {
  id: '100000000000000001',
  name: 'Asia-Pacific desk',
  ownerId: '200000000000000009',
  systemChannelId: '300000000000000001',
  channelIds: ['300000000000000001', '300000000000000002'],
};

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = options.token ?? 'fake-bot-token';
  const applicationId = options.applicationId ?? '400000000000000001';
  const botUser = { id: '400000000000000001', username: 'newsbot' };
  const guilds = options.guilds ?? [DEFAULT_GUILD];
  let base = '';
  const rest = createFakeDiscordRest({ token, applicationId, botUser, gatewayUrl: () => `${wsBase()}` });
  const server = createServer((req, res) => {
    void rest.handle(req, res);
  });
  const wsBase = () => `${base.replace('http', 'ws')}/gateway`;
  const gateway = createFakeDiscordGateway(server, {
    token,
    applicationId,
    botUser,
    guilds,
    url: wsBase,
    ...(options.heartbeatIntervalMs === undefined
      ? {}
      : { heartbeatIntervalMs: options.heartbeatIntervalMs }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api`,
    token,
    applicationId,
    botUser,
    guilds,
    rest,
    gateway,
    find: (method, path) =>
      rest.requests.filter(
        (request) =>
          request.method === method &&
          (typeof path === 'string' ? request.path === path : path.test(request.path)),
      ),
    waitFor: async (check, timeoutMs = 3000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const result = check();
        if (result !== undefined && result !== false) return result;
        if (Date.now() > deadline) throw new Error('fake Discord: condition not met in time');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    close: async () => {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
