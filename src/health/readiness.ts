// What /readyz answers: ready once the database answers, the migrations are done and every configured
// chat platform is connected; not ready again when the database stops answering, a connection drops,
// or shutdown begins. Each part is named, so a 503 says what it is waiting for.
import { sql } from 'drizzle-orm';
import type { Db } from '../store/database.ts';

/** `standby`: healthy but not connected on purpose (another process holds the Discord gateway). */
export type PartState = 'waiting' | 'ready' | 'standby';

export interface ReadinessReport {
  ready: boolean;
  /** Parts not ready yet, in a fixed order (database, migrations, slack, discord). */
  waiting?: string[];
  /** Parts ready by standing by. */
  standby?: string[];
  /** Shutdown has begun: not ready, whatever the parts say. */
  stopping?: true;
}

/** Answers whether the database is reachable right now. */
export type DatabaseCheck = () => Promise<boolean>;

/** How long `select 1` may take before the database counts as unreachable. */
export const DATABASE_CHECK_TIMEOUT_MS = 2_000;

export class Readiness {
  private readonly parts = new Map<string, PartState>();
  private database: DatabaseCheck | null = null;
  private stopping = false;

  /** `parts`: what must be ready, e.g. ['database', 'migrations', 'slack']; each starts out waiting. */
  constructor(parts: readonly string[]) {
    for (const part of parts) this.parts.set(part, 'waiting');
  }

  set(part: string, state: PartState): void {
    if (this.parts.has(part)) this.parts.set(part, state);
  }

  state(part: string): PartState | undefined {
    return this.parts.get(part);
  }

  /** From now on the database part is asked each time: a lost database makes the process not ready again. */
  watchDatabase(check: DatabaseCheck): void {
    this.database = check;
  }

  beginShutdown(): void {
    this.stopping = true;
  }

  async report(): Promise<ReadinessReport> {
    if (this.stopping) return { ready: false, stopping: true };
    const states = new Map(this.parts);
    if (states.has('database')) states.set('database', this.database && (await this.database()) ? 'ready' : 'waiting');
    // Asked while the database check ran: shutdown may have begun meanwhile.
    if (this.stopping) return { ready: false, stopping: true };
    const named = (state: PartState) => [...states].filter(([, s]) => s === state).map(([part]) => part);
    const waiting = named('waiting');
    const standby = named('standby');
    return {
      ready: waiting.length === 0,
      ...(waiting.length > 0 ? { waiting } : {}),
      ...(standby.length > 0 ? { standby } : {}),
    };
  }
}

/**
 * `select 1`, at most `timeoutMs`. One query at a time: while one hangs (a silent network), later
 * checks answer "unreachable" at their timeout without taking another pooled connection.
 */
export function databaseCheck(db: Db, timeoutMs = DATABASE_CHECK_TIMEOUT_MS): DatabaseCheck {
  let pending: Promise<boolean> | null = null;
  return async () => {
    pending ??= db.execute(sql`select 1`).then(
      () => true,
      () => false,
    );
    const query = pending;
    void query.finally(() => {
      if (pending === query) pending = null;
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([query, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };
}
