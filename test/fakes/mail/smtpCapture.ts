// A real SMTP server for tests (the npm `smtp-server`) on a free loopback port: it takes every mail the
// bot sends and keeps it, parsed with mailparser as the customer's mail client would read it. It can
// require a password or an XOAUTH2 token, and fail the next mails with a temporary error.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CapturedMail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpCapture {
  port: number;
  /** smtp://user:pass@127.0.0.1:port, or without the user. */
  url: string;
  messages: CapturedMail[];
  waitFor(match: (m: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
  /** The next `n` mails are answered with a temporary failure (451). */
  failNext(n: number): void;
  stop(): Promise<void>;
}

export interface SmtpCaptureOptions {
  auth?: { user: string; pass: string };
  oauth?: { user: string; accessToken: string };
}

export async function startSmtpCapture(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  let failing = 0;
  const needsAuth = Boolean(options.auth || options.oauth);
  const server = new SMTPServer({
    secure: false,
    disabledCommands: needsAuth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !needsAuth,
    authMethods: options.oauth ? ['XOAUTH2'] : ['PLAIN', 'LOGIN'],
    size: 60 * 1024 * 1024,
    logger: false,
    onAuth(auth, _session, callback) {
      if (options.oauth && auth.method === 'XOAUTH2') {
        const ok = auth.username === options.oauth.user && auth.accessToken === options.oauth.accessToken;
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
        if (failing > 0) {
          failing--;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          return callback(error);
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
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
  });
  const user = options.auth
    ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@`
    : options.oauth
      ? `${encodeURIComponent(options.oauth.user)}@`
      : '';
  return {
    port,
    url: `smtp://${user}127.0.0.1:${port}`,
    messages,
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
    failNext(n) {
      failing = n;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
