// A real SMTP server for tests (the npm `smtp-server`) on a free loopback port: it takes every mail the
// bot sends and keeps it, parsed with mailparser as the customer's mail client would read it. It can
// require a password or an XOAUTH2 token, and fail the next mails with a temporary error.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAuthenticationMethod } from 'smtp-server';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CapturedMail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpCapture {
  host: string;
  port: number;
  /** smtp://user:pass@127.0.0.1:port, or without the password (XOAUTH2) or the user (no auth). */
  url: string;
  /** Every accepted mail, in order of arrival. */
  messages: CapturedMail[];
  /** The first captured mail that matches, waiting for it to arrive. */
  waitFor(match: (m: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
  /** The next `n` mails are refused after DATA with `code` (a temporary 451 by default). */
  failNext(n: number, code?: number): void;
  stop(): Promise<void>;
}

export interface SmtpCaptureOptions {
  /** Require AUTH PLAIN or LOGIN with this user and password. */
  auth?: { user: string; pass: string };
  /** Require (or, with `auth`, also accept) AUTH XOAUTH2 with this user and access token. */
  oauth?: { user: string; accessToken: string };
  /** Offer STARTTLS (smtp-server's own self-signed certificate); off by default. */
  tls?: boolean;
  /** Largest message accepted, in bytes; a larger one gets 552. 60 MB by default (a 40 MB mail fits). */
  size?: number;
}

export async function startSmtpCapture(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  let failing = 0;
  let failCode = 451;
  const authMethods: SMTPServerAuthenticationMethod[] = [
    ...(options.auth ? (['PLAIN', 'LOGIN'] as const) : []),
    ...(options.oauth ? (['XOAUTH2'] as const) : []),
  ];
  const needsAuth = authMethods.length > 0;
  const disabledCommands = [...(options.tls ? [] : ['STARTTLS']), ...(needsAuth ? [] : ['AUTH'])];
  const server = new SMTPServer({
    secure: false,
    disabledCommands,
    // Loopback only: AUTH without TLS is fine here.
    allowInsecureAuth: true,
    authOptional: !needsAuth,
    authMethods,
    size: options.size ?? 60 * 1024 * 1024,
    rejectOversized: true,
    logger: false,
    // Pooled or idle clients would otherwise hold stop() for the default 30 s.
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      if (auth.method === 'XOAUTH2') {
        const ok = options.oauth && auth.username === options.oauth.user && auth.accessToken === options.oauth.accessToken;
        // A refused token answers with the JSON error challenge of XOAUTH2, which ends in 535.
        return callback(null, ok ? { user: auth.username } : { data: { status: '401', schemes: 'bearer' } });
      }
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass)
        return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(); // rejectOversized answers 552
        if (failing > 0) {
          failing--;
          const text = failCode < 500 ? 'Try again later (test failure)' : 'Refused (test failure)';
          return callback(Object.assign(new Error(text), { responseCode: failCode }));
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            messages.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              raw,
              parsed,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.removeListener('error', reject);
      resolve((server.server.address() as { port: number }).port);
    });
  });
  // A client that drops its connection mid-session is an error event; it must not crash the test run.
  server.on('error', () => {});
  const user = options.auth
    ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@`
    : options.oauth
      ? `${encodeURIComponent(options.oauth.user)}@`
      : '';
  return {
    host: '127.0.0.1',
    port,
    url: `smtp://${user}127.0.0.1:${port}`,
    messages,
    // 15 s by default: the email adapter tests (test/adapters/email) were written against it.
    async waitFor(match, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() > until)
          throw new Error(
            `no matching mail within ${timeoutMs} ms (${messages.length} captured: ${messages.map((m) => m.parsed.subject).join(' | ')})`,
          );
        await sleep(50);
      }
    },
    failNext(n, code = 451) {
      failing = n;
      failCode = code;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
