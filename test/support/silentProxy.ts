// A TCP proxy on 127.0.0.1 that can go silent: it stops forwarding in both directions but keeps every
// connection open, as a network partition does. Neither end hears a reset or a close; TCP itself
// stays healthy (the proxy's kernel answers), so only timeouts above TCP can find the silence.
import { createServer, connect, type Socket } from 'node:net';

export interface SilentProxy {
  /** The target URL with its host and port pointing at the proxy. */
  url: string;
  /** From now on nothing passes either way; nothing is closed. */
  silence(): void;
  /** Closes every connection and the proxy. */
  close(): Promise<void>;
}

export async function silentProxy(targetUrl: string): Promise<SilentProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  let silent = false;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((inbound) => {
    track(inbound);
    if (silent) return; // a new connection gets nowhere either
    const outbound = connect(Number(target.port || 5432), target.hostname);
    track(outbound);
    inbound.on('data', (chunk) => void (silent || outbound.write(chunk)));
    outbound.on('data', (chunk) => void (silent || inbound.write(chunk)));
    inbound.on('end', () => void (silent || outbound.end()));
    outbound.on('end', () => void (silent || inbound.end()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  const url = new URL(targetUrl);
  url.hostname = '127.0.0.1';
  url.port = String(address.port);
  return {
    url: url.toString(),
    silence: () => void (silent = true),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
