// A stand-in for Slack's Socket Mode WebSocket on 127.0.0.1: greets a client with `hello`, sends
// envelopes the way Slack does (events_api, slash_commands, interactive) and resolves with the
// client's acknowledgement of each.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export interface FakeSocketMode {
  url: string;
  /** Resolves when a client has connected and been greeted. */
  connected(): Promise<void>;
  /** Sends one envelope and resolves with the client's ack; rejects after `timeoutMs`. */
  send(type: 'events_api' | 'slash_commands' | 'interactive', payload: Record<string, unknown>, timeoutMs?: number): Promise<SocketAck>;
  /** Drops every client's connection without a close frame (a network failure); the server stays up. */
  dropClients(): void;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=fake`;
  let client: WebSocket | null = null;
  let greeted: () => void = () => undefined;
  const greeting = new Promise<void>((resolve) => {
    greeted = resolve;
  });
  const pendingAcks = new Map<string, (ack: SocketAck) => void>();
  let envelopes = 0;

  server.on('connection', (socket) => {
    client = socket;
    socket.on('message', (data) => {
      const ack = JSON.parse(String(data)) as SocketAck;
      pendingAcks.get(ack.envelope_id)?.(ack);
      pendingAcks.delete(ack.envelope_id);
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'fake', approximate_connection_time: 18060 },
        connection_info: { app_id: 'A0RMA' },
      }),
    );
    greeted();
  });

  return {
    url,
    connected: () => greeting,
    send(type, payload, timeoutMs = 5_000) {
      const socket = client;
      if (!socket) return Promise.reject(new Error('no Socket Mode client is connected'));
      const envelope_id = `env-${++envelopes}`;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pendingAcks.delete(envelope_id);
          reject(new Error(`no ack for ${envelope_id} within ${timeoutMs} ms`));
        }, timeoutMs);
        pendingAcks.set(envelope_id, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        const retry = type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {};
        socket.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', ...retry }));
      });
    },
    dropClients() {
      for (const socket of server.clients) socket.terminate();
    },
    async close() {
      for (const socket of server.clients) socket.terminate();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
