// A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1 standing in for "Sign in with Slack":
// its ID tokens carry Slack's claims (`https://slack.com/user_id`, `https://slack.com/team_id`, name) in
// the token itself, as Slack's do. The provider's development login page takes any login: the login
// typed is the Slack user id, and `teams` says which workspace each user is in (the fake Slack's by default).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { FAKE_TEAM } from './fakeSlackApi.ts';

export interface SlackOidcProvider {
  /** The issuer, for SLACK_OIDC_ISSUER. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the desk's callback (known once the desk listens) and starts answering. */
  register(redirectUri: string): void;
  close(): Promise<void>;
}

export async function startSlackOidcProvider(
  options: { teams?: Record<string, string>; names?: Record<string, string> } = {},
): Promise<SlackOidcProvider> {
  const server: Server = createServer((_req, res) => void res.writeHead(503).end('not ready'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = '1234567890.0987654321';
  const clientSecret = 'slack-client-secret-for-tests';
  return {
    issuer,
    clientId,
    clientSecret,
    register(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_post',
          },
        ],
        // Slack puts the profile in the ID token, not only behind userinfo.
        conformIdTokenClaims: false,
        claims: { openid: ['sub'], profile: ['name', 'https://slack.com/user_id', 'https://slack.com/team_id'] },
        findAccount: (_ctx, sub) => ({
          accountId: sub,
          claims: () => ({
            sub,
            name: options.names?.[sub] ?? sub,
            'https://slack.com/user_id': sub,
            'https://slack.com/team_id': options.teams?.[sub] ?? FAKE_TEAM.id,
          }),
        }),
        cookies: { keys: ['a-test-only-cookie-key'] },
        ttl: { AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
      });
      server.removeAllListeners('request');
      server.on('request', provider.callback());
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
