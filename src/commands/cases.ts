// `rma-desk cases list|show|export|pdf|evidence` and `rma-desk report`: the seller's view of the desk.
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { loadPolicy } from '../config/policyFile.ts';
import { evidenceConfigFor, openEvidenceStore } from '../evidence/config.ts';
import { evidenceText, exportEvidence, listEvidence, type EvidenceExport } from '../evidence/evidenceQueries.ts';
import { requeueFailedEvidence } from '../evidence/evidenceRows.ts';
import { rmaDocumentForCase } from '../paperwork/rmaDocumentForCase.ts';
import { exportCase, exportCases, type ExportFormat } from '../reports/caseExport.ts';
import { failureReport } from '../reports/failureReport.ts';
import { renderReportHtml } from '../reports/failureReportHtml.ts';
import { renderReportText } from '../reports/failureReportText.ts';
import { caseListText, caseReport } from '../chat/caseReport.ts';
import { CaseQueries } from '../service/caseQueries.ts';
import { InputError } from '../cliErrors.ts';
import { dbOption, policyOption, withDatabase, type CommandContext } from './context.ts';
import { makeOutputDir, writeOutputFile } from './files.ts';

export function registerCases(program: Command, { env }: CommandContext): void {
  const cases = program.command('cases').description('read cases');
  const dbUrl = (db?: string) => db ?? env.DATABASE_URL;

  cases
    .command('list')
    .description('list cases, oldest first')
    .option('--state <state>', 'a state name, open or all', 'open')
    .addOption(dbOption())
    .action(async (opts: { state: string; db?: string }) => {
      const rows = await withDatabase(dbUrl(opts.db), (db) => new CaseQueries(db).list({ state: opts.state, limit: 1000 }));
      process.stdout.write(`${caseListText(rows, opts.state, new Date().toISOString())}\n`);
    });

  cases
    .command('show')
    .description('a case with its audit trail')
    .argument('<ref>', 'case reference such as C-1042')
    .option('--json', 'the case as JSON: the export fields, costs, notes and the whole audit trail')
    .addOption(dbOption())
    .action(async (ref: string, opts: { json?: boolean; db?: string }) => {
      const text = await withDatabase(dbUrl(opts.db), async (db) => {
        const found = await new CaseQueries(db).detail(ref.trim().toUpperCase());
        if (!found) return null;
        if (opts.json) return `${JSON.stringify(await exportCase(db, found.summary.ref, { now: new Date().toISOString() }), null, 2)}\n`;
        return `${caseReport(found.summary, found.context, found.history, true)}\n`;
      });
      if (text === null) return noCase(ref);
      process.stdout.write(text);
    });

  cases
    .command('export')
    .description('one row per case, oldest first, as CSV or JSON')
    .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'))
    .option('--since <date>', 'cases opened on or after this day (YYYY-MM-DD in the policy time zone)')
    .option('--state <state>', 'a state name, open or all', 'all')
    .addOption(dbOption())
    .addOption(policyOption())
    .action(async (opts: { format: ExportFormat; since?: string; state: string; db?: string; policy?: string }) => {
      const { timeZone } = loadPolicy(opts.policy ?? env.POLICY_FILE);
      process.stdout.write(
        await withDatabase(dbUrl(opts.db), (db) =>
          exportCases(db, { format: opts.format, since: opts.since, state: opts.state, now: new Date().toISOString(), timeZone }),
        ),
      );
    });

  cases
    .command('pdf')
    .description('write the RMA document of an approved case')
    .argument('<ref>', 'case reference such as C-1042')
    .option('--out <dir>', 'directory to write RMA-YY-NNNNN.pdf into', '.')
    .addOption(new Option('--paper <size>', 'paper size').choices(['a4', 'letter']).default('a4'))
    .addOption(dbOption())
    .action(async (ref: string, opts: { out: string; paper: 'a4' | 'letter'; db?: string }) => {
      const doc = await withDatabase(dbUrl(opts.db), (db) =>
        rmaDocumentForCase(db, ref, { size: opts.paper === 'letter' ? 'LETTER' : 'A4' }),
      );
      makeOutputDir(opts.out);
      const path = join(opts.out, doc.fileName);
      writeOutputFile(path, doc.pdf);
      process.stdout.write(`${path}\n`);
    });

  cases
    .command('evidence')
    .description("a case's files in the evidence vault; with --out, copies the stored files into DIR with a manifest.json")
    .argument('<ref>', 'case reference such as C-1042')
    .option('--out <dir>', 'write the stored files (each checked against its SHA-256) and manifest.json into this directory')
    .option('--json', 'the listing (or, with --out, the manifest) as JSON')
    .option('--retry-failed', "put the case's failed copies back in the queue (after fixing their cause: a token, a scope, the store)")
    .addOption(dbOption())
    .action(async (ref: string, opts: { out?: string; json?: boolean; retryFailed?: boolean; db?: string }) => {
      const url = dbUrl(opts.db);
      if (opts.out === undefined) {
        const [evidence, requeued] = await withDatabase(url, async (db) => {
          const requeued = opts.retryFailed && (await listEvidence(db, ref)) ? await requeueFailedEvidence(db, ref) : null;
          return [await listEvidence(db, ref), requeued] as const;
        });
        if (!evidence) return noCase(ref);
        if (requeued !== null)
          process.stderr.write(
            `${requeued} failed file(s) of ${evidence.ref} put back in the queue; a running bot copies them on its next pass\n`,
          );
        process.stdout.write(opts.json ? `${JSON.stringify(evidence, null, 2)}\n` : `${evidenceText(evidence)}\n`);
        return;
      }
      const outDir = opts.out;
      // The same store the bot writes to: EVIDENCE_* or the directory beside this database.
      const store = openEvidenceStore(evidenceConfigFor(process.env, url));
      let exported: EvidenceExport | null;
      try {
        exported = await withDatabase(url, (db) => exportEvidence(db, store, ref, outDir));
      } finally {
        store.close();
      }
      if (!exported) return noCase(ref);
      process.stdout.write(opts.json ? `${JSON.stringify(exported.manifest, null, 2)}\n` : exportSummary(exported));
      for (const problem of exported.problems) process.stderr.write(`${problem}\n`);
      if (exported.problems.length > 0) process.exitCode = 1;
    });

  program
    .command('report')
    .description(
      'failure report per part number: units sold, DOA and warranty cases, return rate, fault flags, resolution time, shipping costs',
    )
    .option('--since <date>', 'cases opened and units delivered on or after this day (YYYY-MM-DD in the policy time zone)')
    .option('--html <file>', 'also write the report as a self-contained HTML page with a bar chart')
    .addOption(dbOption())
    .addOption(policyOption())
    .action(async (opts: { since?: string; html?: string; db?: string; policy?: string }) => {
      const { timeZone } = loadPolicy(opts.policy ?? env.POLICY_FILE);
      const report = await withDatabase(dbUrl(opts.db), (db) =>
        failureReport(db, { since: opts.since, now: new Date().toISOString(), timeZone }),
      );
      // The page first: when it cannot be written, the command fails without half its output.
      if (opts.html) writeOutputFile(opts.html, renderReportHtml(report));
      process.stdout.write(renderReportText(report));
      if (opts.html) process.stderr.write(`wrote ${opts.html}\n`);
    });
}

/** The same failure for every command given an unknown reference: `rma-desk: no case C-9`, exit 1. */
function noCase(ref: string): never {
  throw new InputError(`no case ${ref.trim().toUpperCase()}`);
}

/** The files written, one path a line, then the manifest and what was not exported (not stored yet, refused, failed). */
function exportSummary({ dir, manifest }: EvidenceExport): string {
  const written = manifest.files.flatMap((f) => (f.file === null ? [] : [join(dir, f.file)]));
  const left = manifest.files.filter((f) => f.status !== 'stored');
  return [
    ...written,
    join(dir, 'manifest.json'),
    `${manifest.case}: ${written.length} of ${manifest.files.length} file(s) written from ${manifest.store}`,
    ...left.map((f) => `  not exported: ${f.n}. ${f.name} (${f.status}${f.error ? `: ${f.error}` : ''})`),
    '',
  ].join('\n');
}
