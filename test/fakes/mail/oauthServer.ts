// A small OAuth2 authorization server for the mail tests, on loopback: the token endpoint answers a
// refresh-token grant (RFC 6749 section 6) with a new access token each time, and the introspection
// endpoint (RFC 7662) tells Dovecot whether a token is live and whose it is. Tokens can be revoked.
import { createServer, type IncomingMessage } from 'node:http';

export interface OAuthServer {
  tokenUrl: string;
  introspectionUrl: string;
  /** Access tokens handed out so far, newest last. */
  issued: string[];
  revokeAll(): void;
  stop(): Promise<void>;
}

async function form(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString());
}

export async function startOAuthServer(options: {
  clientId: string;
  refreshToken: string;
  user: string;
  expiresIn?: number;
}): Promise<OAuthServer> {
  const issued: string[] = [];
  const live = new Set<string>();
  const server = createServer((req, res) => {
    void form(req).then((body) => {
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.url === '/token') {
        if (
          body.get('grant_type') !== 'refresh_token' ||
          body.get('refresh_token') !== options.refreshToken ||
          body.get('client_id') !== options.clientId
        )
          return json(400, { error: 'invalid_grant' });
        const token = `at-${issued.length + 1}`;
        issued.push(token);
        live.add(token);
        return json(200, { access_token: token, token_type: 'Bearer', expires_in: options.expiresIn ?? 3600 });
      }
      if (req.url === '/introspect') {
        const token = body.get('token') ?? '';
        return json(200, live.has(token) ? { active: 'true', username: options.user } : { active: 'false' });
      }
      json(404, { error: 'not_found' });
    });
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  return {
    tokenUrl: `http://127.0.0.1:${port}/token`,
    introspectionUrl: `http://127.0.0.1:${port}/introspect`,
    issued,
    revokeAll: () => live.clear(),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
