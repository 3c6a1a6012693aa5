// One SQL statement with numbered parameters ($1, $2, …), run on the database or inside a transaction.
// The case write (caseWrite.ts) is one statement per event on the hot path: outside a transaction it
// goes straight to the driver, as a named (prepared) statement on node-postgres, so neither drizzle's
// query building nor PostgreSQL's parse and plan is paid again on every event. Inside a drizzle
// transaction on node-postgres it is the same named statement on the transaction's connection; on
// PGlite it runs through `tx.execute`, the same text with the same parameters.
import { sql, type SQL } from 'drizzle-orm';
import type { Q } from './database.ts';

export interface Statement {
  /** The prepared statement's name on node-postgres; one name, one text. */
  name: string;
  text: string;
}

type Rows = Array<Record<string, unknown>>;

interface PoolLike {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Rows }>;
}
/** node-postgres' PoolClient: a connection taken from the pool (a transaction's). */
interface PoolClientLike extends PoolLike {
  release(): void;
}
interface PgliteLike {
  query(text: string, params: unknown[]): Promise<{ rows: Rows }>;
  waitReady: Promise<void>;
}

export async function runStatement(q: Q, statement: Statement, params: unknown[]): Promise<Rows> {
  // `drizzle()` keeps its client as `$client`; a transaction has none and goes through drizzle.
  const client = (q as { $client?: PoolLike | PgliteLike }).$client;
  if (client && 'waitReady' in client) return (await client.query(statement.text, params)).rows;
  if (client) return (await (client as PoolLike).query({ name: statement.name, text: statement.text, values: params })).rows;
  const connection = transactionConnection(q);
  if (connection) return (await connection.query({ name: statement.name, text: statement.text, values: params })).rows;
  return rowsOf(await q.execute(asDrizzleSql(statement.text, params)));
}

/**
 * The node-postgres connection a drizzle transaction runs on: its session's `client`, a PoolClient
 * (drizzle's NodePgSession.transaction takes one from the pool for the transaction). Not part of
 * drizzle's typed surface, hence the checks: anything else (PGlite) goes through `tx.execute`.
 */
function transactionConnection(q: Q): PoolClientLike | null {
  const client = (q as { _?: { session?: { client?: unknown } } })._?.session?.client as Partial<PoolClientLike> | undefined;
  return client && typeof client.query === 'function' && typeof client.release === 'function' ? (client as PoolClientLike) : null;
}

/** The text split at its `$n` placeholders, each one a drizzle parameter (drizzle numbers them anew). */
export function asDrizzleSql(text: string, params: unknown[]): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, match.index)), sql`${sql.param(params[Number(match[1]) - 1])}`);
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

/** Drivers differ in what `execute` returns: an array of rows, or a result with `.rows`. */
export function rowsOf(result: unknown): Rows {
  return (Array.isArray(result) ? result : (result as { rows: Rows }).rows) as Rows;
}

/** The error of a statement that broke a unique constraint, by the constraint's name. */
export function violatesUnique(error: unknown, constraint: string): boolean {
  for (let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505' && e.constraint === constraint) return true;
  }
  return false;
}
