// The console's documents (the RMA PDF) live with their database: a scratch run never writes into
// the desk's .rma-desk/documents, and two databases' RMA-26-00001.pdf never meet.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentsDirFor } from '../../src/commands/documentsDir.ts';
import { APPROVED_CLAIM_SCRIPT } from '../support/approvedClaim.ts';
import { runCli } from './runCli.ts';

const ORDERS = fileURLToPath(new URL('../fixtures/orders.csv', import.meta.url));

function documentPaths(out: string): string[] {
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { files?: Array<{ path: string }> })
    .flatMap((l) => l.files?.map((f) => f.path) ?? []);
}

describe('where the console writes documents', () => {
  it('keeps them beside their database', () => {
    expect(documentsDirFor('.rma-desk/pglite').dir).toBe(resolve('.rma-desk/documents'));
    expect(documentsDirFor('/srv/trial/db').dir).toBe('/srv/trial/db-documents');
    expect(documentsDirFor('postgres://rma:secret@db.lan:5433/returns').dir).toBe(join('.rma-desk', 'documents-db.lan-5433-returns'));
    const memory = documentsDirFor('memory:');
    expect(memory.dir.startsWith(tmpdir())).toBe(true);
    expect(documentsDirFor('memory:').dir).not.toBe(memory.dir);
    memory.done();
    expect(existsSync(memory.dir)).toBe(false); // nothing written: the temporary directory goes
  });

  it('chat --jsonl (a memory database) writes its RMA PDF into a temporary directory, not .rma-desk/documents', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rma-desk-cwd-'));
    const { code, out } = await runCli(['chat', '--jsonl', '--orders', ORDERS, '--staff', 'S1'], APPROVED_CLAIM_SCRIPT, { cwd });
    expect(code).toBe(0);
    const [pdf] = documentPaths(out);
    expect(pdf).toMatch(/RMA-26-00001\.pdf$/);
    expect(pdf!.startsWith(join(tmpdir(), 'rma-desk-documents-'))).toBe(true);
    expect(existsSync(pdf!)).toBe(true);
    expect(existsSync(join(cwd, '.rma-desk'))).toBe(false);
  });

  it('two PGlite directories each keep their own RMA-26-00001.pdf', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rma-two-desks-'));
    for (const name of ['a', 'b']) {
      const { code, out } = await runCli(
        ['chat', '--jsonl', '--orders', ORDERS, '--staff', 'S1', '--db', join(root, name)],
        APPROVED_CLAIM_SCRIPT,
      );
      expect(code).toBe(0);
      expect(documentPaths(out)).toEqual([join(root, `${name}-documents`, 'RMA-26-00001.pdf')]);
    }
    expect(readdirSync(join(root, 'a-documents'))).toEqual(['RMA-26-00001.pdf']);
    expect(readdirSync(join(root, 'b-documents'))).toEqual(['RMA-26-00001.pdf']);
  });
});
