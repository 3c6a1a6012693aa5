// How `rma-desk` fails, as a seller sees it: one line on stderr, `rma-desk: …`, naming the file, line
// or setting, and the exit code of the kind of failure (1 input, 2 usage, 3 setup), never a stack.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './commands/runCli.ts';
import { usingPostgres } from './support/testDb.ts';

const HEADER = 'order_number,delivered_on,part_number,serial_number,description,terms';

/** The run failed with `code` and said exactly `line` on stderr, and nothing else there. */
function expectFailure(run: CliRun, code: number, line: string | RegExp): void {
  expect(run.err).not.toMatch(/"level":|\n {4}at /);
  expect(run.err.split('\n')).toHaveLength(2); // one line and its newline
  expect(run.err.trimEnd()).toMatch(typeof line === 'string' ? new RegExp(`^${escape(line)}$`) : line);
  expect(run.code).toBe(code);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describe('rma-desk failures: input (exit 1)', () => {
  it('names a missing CSV file', async () => {
    const csv = join(tmp('rma-nocsv-'), 'nope.csv');
    expectFailure(
      await runCli(['orders', 'import', csv, '--db', 'memory:']),
      1,
      `rma-desk: cannot read the orders CSV ${csv}: no such file or directory`,
    );
    expectFailure(
      await runCli(['chat', '--jsonl', '--orders', csv]),
      1,
      `rma-desk: cannot read the orders CSV ${csv}: no such file or directory`,
    );
  });

  it('names the line of a quote that is never closed', async () => {
    const csv = join(tmp('rma-quote-'), 'orders.csv');
    writeFileSync(
      csv,
      `${HEADER}\n100234,2026-11-01,SFP-10G-SR,FNS1,,\n\n100235,2026-11-01,"SFP-10G-LR,FNS2,,\n100236,2026-11-01,X,FNS3,,\n`,
    );
    expectFailure(
      await runCli(['orders', 'import', csv, '--db', 'memory:']),
      1,
      `rma-desk: ${csv}:4: a quoted field starts in this row and its closing quote is missing`,
    );
  });

  it('names the directory missing for the HTML report, before printing the report', async () => {
    const html = join(tmp('rma-html-'), 'missing-dir', 'r.html');
    const run = await runCli(['report', '--html', html, '--db', 'memory:']);
    expectFailure(run, 1, `rma-desk: cannot write ${html}: the directory ${join(html, '..')} does not exist`);
    expect(run.out).toBe('');
  });

  it('says the same for an unknown case reference in show, pdf and evidence', async () => {
    for (const command of ['show', 'pdf', 'evidence'])
      expectFailure(await runCli(['cases', command, 'c-9999', '--db', 'memory:']), 1, 'rma-desk: no case C-9999');
  });

  it('names the option of a value that is not a date', async () => {
    expectFailure(
      await runCli(['cases', 'export', '--since', 'last week', '--db', 'memory:']),
      1,
      /^rma-desk: --since: "last week" is not a date/,
    );
  });
});

describe('rma-desk failures: usage (exit 2)', () => {
  it('says an unknown command is unknown, with the command it was probably meant to be', async () => {
    expectFailure(await runCli(['frobnicate']), 2, "rma-desk: unknown command 'frobnicate'; see 'rma-desk --help'");
    expectFailure(await runCli(['strat']), 2, "rma-desk: unknown command 'strat' (did you mean start?); see 'rma-desk --help'");
    expectFailure(await runCli(['cases', 'lst']), 2, "rma-desk: unknown command 'lst' (did you mean list?); see 'rma-desk cases --help'");
  });

  it('names an unknown option and a missing argument', async () => {
    expectFailure(await runCli(['cases', 'list', '--bogus']), 2, "rma-desk: unknown option '--bogus'; see 'rma-desk cases list --help'");
    expectFailure(await runCli(['cases', 'show']), 2, "rma-desk: missing required argument 'ref'; see 'rma-desk cases show --help'");
  });
});

describe('rma-desk failures: setup (exit 3)', () => {
  it('names an environment variable with a wrong value', async () => {
    expectFailure(await runCli(['cases', 'list'], '', { env: { LOG_LEVEL: 'loud' } }), 3, /^rma-desk: environment: LOG_LEVEL: /);
  });

  it('names a policy file that is not there', async () => {
    const policy = join(tmp('rma-nopolicy-'), 'policy.yaml');
    expectFailure(
      await runCli(['chat', '--jsonl', '--policy', policy]),
      3,
      new RegExp(`^rma-desk: policy file ${escape(policy)}: cannot read it`),
    );
  });

  it('names the database that refuses the connection, without its password', async () => {
    expectFailure(
      await runCli(['cases', 'list', '--db', 'postgres://postgres:hunter2@127.0.0.1:1/rma']),
      3,
      'rma-desk: database postgres://postgres@127.0.0.1:1/rma (--db or DATABASE_URL): 127.0.0.1:1 refused the connection; is PostgreSQL running there?',
    );
    expectFailure(
      await runCli(['migrate'], '', { env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/rma' } }),
      3,
      /^rma-desk: database postgres:\/\/postgres@127\.0\.0\.1:1\/rma \(--db or DATABASE_URL\): 127\.0\.0\.1:1 refused/,
    );
  });

  // Node's recursive mkdir spins for ever on such a path (src/makeDirectory.ts); runCli kills at 50 s.
  it('names an embedded database directory that cannot be made, at once', async () => {
    expectFailure(
      await runCli(['cases', 'list', '--db', '/proc/no-such-process/db']),
      3,
      'rma-desk: database /proc/no-such-process/db (--db or DATABASE_URL): /proc/no-such-process: no such file or directory',
    );
  }, 30_000);

  it.skipIf(!usingPostgres)('names a database that does not exist on the server', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = '/rma_no_such_database';
    const given = url.toString();
    url.password = '';
    expectFailure(
      await runCli(['cases', 'list', '--db', given]),
      3,
      `rma-desk: database ${url.toString()} (--db or DATABASE_URL): database "rma_no_such_database" does not exist; create it (createdb) or correct the URL`,
    );
  });
});
