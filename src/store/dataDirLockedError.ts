// Thrown when another process already has an embedded (PGlite) database directory open. PGlite is
// PostgreSQL inside one process: two processes on one directory corrupt it or abort.

export interface LockHolder {
  pid: number;
  /** What the holder runs, e.g. "rma-desk start". */
  command: string;
}

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';

  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `the database directory ${dir} is in use by process ${holder.pid} (${holder.command}); the embedded database ` +
        `takes one process at a time: stop that process first, or point both at PostgreSQL with DATABASE_URL=postgres://…`,
    );
  }
}
