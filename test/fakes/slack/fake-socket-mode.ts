import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { SlashCommandFields } from './send-slash-command.js';

/** A loopback Socket Mode endpoint: says hello, delivers slash commands, collects the acks. */
export interface FakeSocketMode {
  /** What apps.connections.open should return as `url`. */
  url: string;
  /** Resolves once a client has connected and been greeted. */
  connected(): Promise<void>;
  /** Delivers a slash command envelope and resolves with the ack's payload. */
  sendSlashCommand(fields: SlashCommandFields): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const waiting = new Map<string, (payload: Record<string, unknown>) => void>();
  let socket: WebSocket | undefined;
  let greeted: () => void = () => {};
  const isConnected = new Promise<void>((resolve) => {
    greeted = resolve;
  });
  server.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id: string; payload?: Record<string, unknown> };
      waiting.get(message.envelope_id)?.(message.payload ?? {});
      waiting.delete(message.envelope_id);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
    greeted();
  });
  let next = 0;
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    connected: () => isConnected,
    sendSlashCommand: (fields) => {
      next += 1;
      const envelopeId = `envelope-${next}`;
      const payload = {
        token: 'legacy',
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
      };
      const acked = new Promise<Record<string, unknown>>((resolve) => waiting.set(envelopeId, resolve));
      socket?.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type: 'slash_commands',
          accepts_response_payload: true,
          payload,
        }),
      );
      return acked;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
