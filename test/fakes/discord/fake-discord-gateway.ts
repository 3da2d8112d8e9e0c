import type { Server } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';

/** A guild as the fake announces it in GUILD_CREATE. */
export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  systemChannelId: string | null;
  /** Text channels, in the order Discord lists them (position). */
  channelIds: string[];
  /** Channels where @everyone (the bot included) may read but not send messages. */
  readOnlyChannelIds?: string[];
}

export interface FakeGatewayOptions {
  token: string;
  applicationId: string;
  botUser: { id: string; username: string };
  guilds: FakeGuild[];
  url: () => string;
  /** What HELLO asks for (default 41 250 ms, as Discord); tests shorten it to see heartbeats. */
  heartbeatIntervalMs?: number;
}

/** The gateway half of the fake: HELLO, IDENTIFY/READY, RESUME with replay, heartbeats, dispatches. */
export interface FakeDiscordGateway {
  /** Sends a dispatch now, or keeps it for the RESUME replay if no client is connected. */
  dispatch(type: string, data: unknown): void;
  /** Closes the client's socket from the server side (4000: unknown error, which clients resume after). */
  drop(code?: number): void;
  counts: { identifies: number; resumes: number; heartbeats: number; badTokens: number };
  /** Resolves once a client is connected and identified or resumed. */
  waitUntilReady(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

interface Session {
  id: string;
  events: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

const HEARTBEAT_INTERVAL = 41_250;

export function createFakeDiscordGateway(server: Server, options: FakeGatewayOptions): FakeDiscordGateway {
  const wss = new WebSocketServer({ server, path: '/gateway' });
  const counts = { identifies: 0, resumes: 0, heartbeats: 0, badTokens: 0 };
  let session: Session | null = null;
  let sessions = 0;
  const send = (socket: WebSocket, payload: object) => socket.send(JSON.stringify(payload));
  const dispatch = (type: string, data: unknown) => {
    if (session === null) throw new Error('fake gateway: no session to dispatch to');
    const event = { s: session.events.length + 1, t: type, d: data };
    session.events.push(event);
    // A closing or closed socket gets nothing: the client will RESUME and the event is replayed then.
    if (session.socket?.readyState === WebSocket.OPEN) send(session.socket, { op: 0, ...event });
  };
  const onIdentify = (socket: WebSocket, token: unknown) => {
    if (token !== options.token) {
      counts.badTokens += 1;
      socket.close(4004, 'Authentication failed');
      return;
    }
    counts.identifies += 1;
    sessions += 1;
    session = { id: `session-${sessions}`, events: [], socket };
    dispatch('READY', {
      v: 10,
      user: { ...options.botUser, discriminator: '0', bot: true, avatar: null, global_name: null },
      guilds: options.guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: options.url(),
      application: { id: options.applicationId, flags: 0 },
    });
    for (const guild of options.guilds) dispatch('GUILD_CREATE', guildCreate(guild, options.botUser));
  };
  const onResume = (socket: WebSocket, data: { session_id?: string; seq?: number; token?: string }) => {
    if (session === null || data.session_id !== session.id || data.token !== options.token) {
      send(socket, { op: 9, d: false });
      return;
    }
    counts.resumes += 1;
    session.socket = socket;
    // Discord replays what the client missed, then says RESUMED.
    for (const event of session.events.filter((missed) => missed.s > (data.seq ?? 0))) {
      send(socket, { op: 0, ...event });
    }
    dispatch('RESUMED', {});
  };
  wss.on('connection', (socket) => {
    send(socket, { op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL } });
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | null };
      if (payload.op === 1) {
        counts.heartbeats += 1;
        send(socket, { op: 11 });
      } else if (payload.op === 2) onIdentify(socket, payload.d?.token);
      else if (payload.op === 6) onResume(socket, payload.d ?? {});
    });
    socket.on('close', () => {
      if (session?.socket === socket) session.socket = null;
    });
  });
  return {
    dispatch,
    drop: (code = 4000) => session?.socket?.close(code, 'fake gateway: dropped'),
    counts,
    waitUntilReady: async (timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (session?.socket?.readyState !== 1) {
        if (Date.now() > deadline) throw new Error('fake gateway: no client connected in time');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** @everyone may view and write everywhere, so permission checks see a writable guild. */
const EVERYONE_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n));

function guildCreate(guild: FakeGuild, bot: { id: string; username: string }) {
  return {
    id: guild.id,
    name: guild.name,
    owner_id: guild.ownerId,
    system_channel_id: guild.systemChannelId,
    unavailable: false,
    member_count: 2,
    large: false,
    features: [],
    emojis: [],
    stickers: [],
    roles: [{ id: guild.id, name: '@everyone', permissions: EVERYONE_PERMISSIONS, position: 0, color: 0 }],
    members: [
      {
        user: { ...bot, discriminator: '0', bot: true, avatar: null },
        roles: [],
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
      },
    ],
    channels: guild.channelIds.map((id, position) => ({
      id,
      type: 0,
      guild_id: guild.id,
      name: `channel-${position}`,
      position,
      permission_overwrites: guild.readOnlyChannelIds?.includes(id)
        ? [{ id: guild.id, type: 0, allow: '0', deny: String(1n << 11n) }]
        : [],
    })),
    threads: [],
    voice_states: [],
    presences: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    preferred_locale: 'en-US',
  };
}
