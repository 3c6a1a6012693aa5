// A real IMAP server for tests: Debian's Dovecot, started in a temp directory with its own config, on a
// free loopback port, plaintext login (loopback only), Maildir storage, IDLE. Messages are delivered
// with imapflow's APPEND, standing in for the mail server that would deliver them.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ImapFlow } from 'imapflow';

export interface MailUser {
  user: string;
  pass: string;
}

export interface Dovecot {
  host: string;
  port: number;
  users: MailUser[];
  /** imap://user:pass@127.0.0.1:port/INBOX */
  url(user?: string): string;
  /** Stops and starts the server again on the same port and mail: messages survive. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the port greets like an IMAP server. */
async function greeted(port: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.setTimeout(1000);
      socket.once('data', (d) => {
        socket.destroy();
        resolve(d.toString().startsWith('* OK'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (ok) return true;
    await sleep(100);
  }
  return false;
}

export interface DovecotOptions {
  users?: MailUser[];
  /** XOAUTH2 as well: tokens are checked at this RFC 7662 introspection endpoint (POST), `username` in its answer. */
  oauth2IntrospectionUrl?: string;
}

export async function startDovecot(options: DovecotOptions = {}): Promise<Dovecot> {
  const users = options.users ?? [{ user: 'desk@seller.test', pass: 'secret' }];
  const dir = await mkdtemp(join(tmpdir(), 'rma-dovecot-'));
  const port = await freePort();
  // As root, Dovecot refuses mail access as uid 0: the mail belongs to `nobody`.
  const root = userInfo().uid === 0;
  const uid = root ? 65534 : userInfo().uid;
  const gid = root ? 65534 : userInfo().gid;
  // mkdtemp makes 0700; Dovecot's auth process (user dovecot) must read the users file in it.
  await chmod(dir, 0o755);
  const mail = join(dir, 'mail');
  await mkdir(mail, { recursive: true });
  if (root) await chown(mail, uid, gid);
  await writeFile(join(dir, 'users'), users.map((u) => `${u.user}:{PLAIN}${u.pass}:${uid}:${gid}::${mail}/${u.user}`).join('\n') + '\n');
  const me = userInfo().username;
  const config = `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login${options.oauth2IntrospectionUrl ? ' xoauth2 oauthbearer' : ''}
first_valid_uid = ${root ? 1 : uid}
mail_location = maildir:~/Maildir
${root ? '' : `default_internal_user = ${me}\ndefault_login_user = ${me}\ndefault_internal_group = ${userInfo().username}`}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
${
  options.oauth2IntrospectionUrl
    ? `passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = ${dir}/oauth2.conf
}
`
    : ''
}passdb {
  driver = passwd-file
  args = ${dir}/users
}
userdb {
  driver = passwd-file
  args = ${dir}/users
}
`;
  if (options.oauth2IntrospectionUrl)
    await writeFile(
      join(dir, 'oauth2.conf'),
      `introspection_mode = post\nintrospection_url = ${options.oauth2IntrospectionUrl}\nforce_introspection = yes\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n`,
    );
  const configPath = join(dir, 'dovecot.conf');
  await writeFile(configPath, config);
  let child: ChildProcess | null = null;

  const start = async () => {
    child = spawn('/usr/sbin/dovecot', ['-F', '-c', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    if (!(await greeted(port, 10_000))) {
      const log = await readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '');
      child.kill('SIGKILL');
      throw new Error(`Dovecot did not start: ${stderr}\n${log.split('\n').slice(-15).join('\n')}`);
    }
  };
  const halt = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await Promise.race([exited, sleep(5000).then(() => running.kill('SIGKILL'))]);
  };
  await start();
  return {
    host: '127.0.0.1',
    port,
    users,
    url: (user = users[0]!.user) => {
      const u = users.find((x) => x.user === user)!;
      return `imap://${encodeURIComponent(u.user)}:${encodeURIComponent(u.pass)}@127.0.0.1:${port}/INBOX`;
    },
    restart: async () => {
      await halt();
      await start();
    },
    stop: async () => {
      await halt();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function client(server: Dovecot, user?: string): Promise<ImapFlow> {
  const u = server.users.find((x) => x.user === (user ?? server.users[0]!.user))!;
  const imap = new ImapFlow({ host: server.host, port: server.port, secure: false, auth: { user: u.user, pass: u.pass }, logger: false });
  await imap.connect();
  return imap;
}

/** Delivers a raw message into the user's INBOX (as the mail server would). */
export async function appendMessage(server: Dovecot, raw: string | Buffer, user?: string): Promise<void> {
  const imap = await client(server, user);
  try {
    await imap.append('INBOX', raw);
  } finally {
    await imap.logout();
  }
}

export interface ListedMessage {
  uid: number;
  seen: boolean;
  messageId: string | undefined;
  subject: string | undefined;
}

export async function listMessages(server: Dovecot, user?: string): Promise<ListedMessage[]> {
  const imap = await client(server, user);
  try {
    await imap.mailboxOpen('INBOX');
    const listed: ListedMessage[] = [];
    for await (const m of imap.fetch('1:*', { uid: true, flags: true, envelope: true })) {
      listed.push({ uid: m.uid, seen: m.flags?.has('\\Seen') ?? false, messageId: m.envelope?.messageId, subject: m.envelope?.subject });
    }
    return listed;
  } catch (error) {
    // An empty mailbox has no 1:*.
    if (String((error as Error).message).includes('Invalid messageset')) return [];
    throw error;
  } finally {
    await imap.logout();
  }
}
