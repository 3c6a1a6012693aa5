// A real IMAP server for tests: Debian's Dovecot, started in a temp directory with its own config, on a
// free loopback port, plaintext login (loopback only), Maildir storage, IDLE. Messages are delivered
// with imapflow's APPEND, standing in for the mail server that would deliver them.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ImapFlow } from 'imapflow';

const DOVECOT = '/usr/sbin/dovecot';
// util-linux's setpriv execs Dovecot with a parent-death signal, so a test worker that is killed
// outright (no exit handlers run) still takes its Dovecot with it.
const SETPRIV = '/usr/bin/setpriv';
const PDEATHSIG = existsSync(SETPRIV);

export interface MailUser {
  user: string;
  pass: string;
}

export interface Dovecot {
  host: string;
  port: number;
  users: MailUser[];
  /** imap://user:pass@127.0.0.1:port/INBOX, user and password URL-encoded. */
  url(user?: string): string;
  /** Stops and starts the server again on the same port and mail: messages survive. */
  restart(): Promise<void>;
  /** Stops the server and removes its directory. */
  stop(): Promise<void>;
}

export interface DovecotOptions {
  users?: MailUser[];
  /** XOAUTH2 as well: tokens are checked at this RFC 7662 introspection endpoint (POST), `username` in its answer. */
  oauth2IntrospectionUrl?: string;
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

/** True once the port answers with an IMAP greeting. */
async function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
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
}

/** The uid and gid that own the mail: Dovecot refuses uid 0 for mail access, so root hands it to `nobody`. */
function mailOwner(): { uid: number; gid: number; root: boolean } {
  const me = userInfo();
  if (me.uid !== 0) return { uid: me.uid, gid: me.gid, root: false };
  const nobody = (name: string, flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  return { uid: nobody('nobody', '-u'), gid: nobody('nobody', '-g'), root: true };
}

function config(dir: string, port: number, root: boolean, mailUid: number, oauth2: boolean): string {
  // Not root: every Dovecot service runs as the calling user (there is nobody else to switch to).
  const self = root
    ? ''
    : `default_internal_user = ${userInfo().username}
default_login_user = ${userInfo().username}
default_internal_group = ${execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim()}
`;
  const oauth2Passdb = oauth2
    ? `passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = ${dir}/oauth2.conf
}
`
    : '';
  return `# Written by test/fakes/mail/dovecot.ts for one test file.
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login${oauth2 ? ' xoauth2 oauthbearer' : ''}
first_valid_uid = ${mailUid}
mail_location = maildir:~/Maildir
# IDLE is told of new mail by inotify; this is the fallback when a busy machine runs out of inotify instances.
mailbox_idle_check_interval = 1 secs
${self}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
# Refused logins answer at once: no 2 s failure delay, and no growing per-IP penalty (up to 15 s) that
# would slow every later login from 127.0.0.1 in the test file.
auth_failure_delay = 0
service anvil {
  chroot =
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
# The imap processes run as the mail user and report to stats.
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
${oauth2Passdb}passdb {
  driver = passwd-file
  args = ${dir}/users
}
userdb {
  driver = passwd-file
  args = ${dir}/users
}
`;
}

export async function startDovecot(options: DovecotOptions = {}): Promise<Dovecot> {
  const users = options.users ?? [{ user: 'desk@seller.test', pass: 'secret' }];
  const bad = users.find((u) => u.user === '' || /[:/\s]/.test(u.user));
  if (bad) throw new Error(`mail user name ${JSON.stringify(bad.user)} cannot go in a passwd-file`);
  const dir = await mkdtemp(join(tmpdir(), 'rma-dovecot-'));
  const { uid, gid, root } = mailOwner();
  // mkdtemp makes 0700; Dovecot's auth process (user dovecot) must read the users file in it.
  await chmod(dir, 0o755);
  const mail = join(dir, 'mail');
  await mkdir(mail);
  if (root) await chown(mail, uid, gid);
  // passwd-file lines are split at ':', so the password goes in base64 ({PLAIN.b64}).
  const line = (u: MailUser) => `${u.user}:{PLAIN.b64}${Buffer.from(u.pass).toString('base64')}:${uid}:${gid}::${mail}/${u.user}`;
  await writeFile(join(dir, 'users'), users.map(line).join('\n') + '\n');
  if (options.oauth2IntrospectionUrl)
    await writeFile(
      join(dir, 'oauth2.conf'),
      `introspection_mode = post\nintrospection_url = ${options.oauth2IntrospectionUrl}\nforce_introspection = yes\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n`,
    );
  const configPath = join(dir, 'dovecot.conf');
  const logPath = join(dir, 'dovecot.log');
  let port = 0;
  let child: ChildProcess | null = null;
  // A test run that ends without stop() must not leave Dovecot behind.
  const killOnExit = () => child?.kill('SIGTERM');
  process.once('exit', killOnExit);

  const exited = (running: ChildProcess) => running.exitCode !== null || running.signalCode !== null;
  const halt = async () => {
    const running = child;
    child = null;
    if (!running || exited(running)) return;
    const gone = new Promise((resolve) => running.once('exit', resolve));
    // SIGTERM: the master stops its imap, auth and log processes before it exits.
    running.kill('SIGTERM');
    await Promise.race([gone, sleep(5000).then(() => running.kill('SIGKILL'))]);
  };
  /** Starts Dovecot on `port`; false when the port was taken meanwhile. */
  const launch = async (): Promise<boolean> => {
    await writeFile(configPath, config(dir, port, root, uid, Boolean(options.oauth2IntrospectionUrl)));
    const args = ['-F', '-c', configPath];
    const running = PDEATHSIG
      ? spawn(SETPRIV, ['--pdeathsig', 'TERM', DOVECOT, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
      : spawn(DOVECOT, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child = running;
    let stderr = '';
    running.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const until = Date.now() + 15_000;
    while (Date.now() < until && !exited(running)) {
      if (await greets(port)) return true;
      await sleep(50);
    }
    const log = await readFile(logPath, 'utf8').catch(() => '');
    await halt();
    if (/Address already in use/.test(log + stderr)) return false;
    throw new Error(
      `Dovecot did not start on 127.0.0.1:${port} (config ${configPath}):\n${stderr}${log.split('\n').slice(-20).join('\n')}`,
    );
  };

  try {
    // Port 0 was free a moment ago; another process may take it before Dovecot binds it.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      if (await launch()) break;
      if (attempt === 5) throw new Error(`Dovecot found no free port in ${attempt} tries`);
    }
  } catch (error) {
    process.removeListener('exit', killOnExit);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  const find = (user: string | undefined): MailUser => {
    const found = user === undefined ? users[0] : users.find((u) => u.user === user);
    if (!found) throw new Error(`no mail user ${user} in this Dovecot`);
    return found;
  };
  return {
    host: '127.0.0.1',
    port,
    users,
    url: (user) => {
      const u = find(user);
      return `imap://${encodeURIComponent(u.user)}:${encodeURIComponent(u.pass)}@127.0.0.1:${port}/INBOX`;
    },
    restart: async () => {
      await halt();
      // Same port: clients are configured with it. Retry briefly if something grabbed it.
      for (let attempt = 1; !(await launch()); attempt++) {
        if (attempt === 5) throw new Error(`Dovecot could not listen on 127.0.0.1:${port} again`);
        await sleep(200);
      }
    },
    stop: async () => {
      await halt();
      process.removeListener('exit', killOnExit);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** An imapflow client logged in as `user` (the first user by default). */
async function client(server: Dovecot, user?: string): Promise<ImapFlow> {
  const u = server.users.find((x) => x.user === (user ?? server.users[0]?.user));
  if (!u) throw new Error(`no mail user ${user} in this Dovecot`);
  const imap = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    auth: { user: u.user, pass: u.pass },
    logger: false,
  });
  await imap.connect();
  return imap;
}

/** Delivers a raw message into the user's INBOX (as the mail server would); returns its UID. */
export async function appendMessage(server: Dovecot, raw: string | Buffer, user?: string): Promise<number | undefined> {
  const imap = await client(server, user);
  try {
    const appended = await imap.append('INBOX', raw);
    if (!appended) throw new Error('Dovecot refused the APPEND');
    return appended.uid;
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

/** The messages in the user's INBOX, oldest first. */
export async function listMessages(server: Dovecot, user?: string): Promise<ListedMessage[]> {
  const imap = await client(server, user);
  try {
    const inbox = await imap.mailboxOpen('INBOX', { readOnly: true });
    if (inbox.exists === 0) return [];
    const listed: ListedMessage[] = [];
    for await (const m of imap.fetch('1:*', { uid: true, flags: true, envelope: true })) {
      listed.push({
        uid: m.uid,
        seen: m.flags?.has('\\Seen') ?? false,
        messageId: m.envelope?.messageId,
        subject: m.envelope?.subject,
      });
    }
    return listed;
  } finally {
    await imap.logout();
  }
}
