// A PostgreSQL server of the test's own (initdb into a temp dir, loopback only, trust auth), so that
// restarting it never disturbs the shared server other tests use. initdb and the server refuse to
// run as root, so under root they run as the `postgres` user through runuser.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PrivatePostgres {
  port: number;
  /** A loopback URL for a database on this server. */
  url(database?: string): string;
  /** `pg_ctl restart`: `fast` ends sessions and checkpoints; `immediate` is a crash followed by WAL recovery. */
  restart(mode: 'fast' | 'immediate'): Promise<void>;
  stop(): Promise<void>;
  /** The server log's last lines, for a failure message. */
  logTail(lines?: number): string;
}

/** The directory holding initdb and pg_ctl: PG_BINDIR, the newest /usr/lib/postgresql/N/bin, or pg_config's. */
export function postgresBinDir(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR);
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // no pg_config on PATH: the other candidates decide
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the postgres user when we are root, as ourselves otherwise. */
function pgCommand(bin: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

export async function startPrivatePostgres(options: { timeoutMs?: number } = {}): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('no PostgreSQL binaries (initdb, pg_ctl) found; set PG_BINDIR');
  const timeout = options.timeoutMs ?? 30_000;
  const dir = mkdtempSync(join(tmpdir(), 'rma-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const pgCtl = (args: string[]) => {
    const [file, argv] = pgCommand(join(bin, 'pg_ctl'), ['-D', data, ...args]);
    return run(file, argv, { timeout });
  };
  let running = false;
  let stopped = false;
  const [stopFile, stopArgs] = pgCommand(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
  // If the test process exits without running afterAll, still do not leave a server behind.
  const onExit = () => {
    if (!running) return;
    try {
      execFileSync(stopFile, stopArgs, { stdio: 'ignore', timeout: 10_000 });
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  // And if it is killed (no exit handler runs), a watchdog does it: it waits while this process
  // lives and the data directory exists, then stops the server and removes the directory.
  spawn(
    'sh',
    [
      '-c',
      'while kill -0 "$WATCH_PID" 2>/dev/null && [ -d "$WATCH_DIR" ]; do sleep 1; done; [ -d "$WATCH_DIR" ] && { "$@" >/dev/null 2>&1; rm -rf "$WATCH_DIR"; }; exit 0',
      'watchdog',
      stopFile,
      ...stopArgs,
    ],
    {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, WATCH_PID: String(process.pid), WATCH_DIR: dir },
    },
  ).unref();
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', onExit);
    try {
      if (running) await pgCtl(['-m', 'immediate', '-w', 'stop']);
    } finally {
      running = false;
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    const port = await freePort();
    const [initFile, initArgs] = pgCommand(join(bin, 'initdb'), [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
      '--no-instructions',
    ]);
    await run(initFile, initArgs, { timeout });
    // fsync off: the tests restart the server, they do not crash the machine; it spares the shared disk.
    const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60 -c shared_buffers=16MB`;
    running = true;
    await pgCtl(['-l', logFile, '-o', serverOptions, '-w', '-t', String(Math.ceil(timeout / 1000)), 'start']);
    return {
      port,
      url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
      // pg_ctl restart reuses the options the server was started with (postmaster.opts). The log
      // file is given again: without it the server would hold pg_ctl's stdout open.
      restart: async (mode) => {
        await pgCtl(['-l', logFile, '-m', mode, '-w', '-t', String(Math.ceil(timeout / 1000)), 'restart']);
      },
      stop,
      logTail: (lines = 20) => {
        try {
          return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
        } catch {
          return '(no server log)';
        }
      },
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
