// A document the console saves never replaces a different file of the same name.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleDelivery, saveDocument } from '../../../src/adapters/console/interactiveChat.ts';
import type { Outbound, OutboundFile } from '../../../src/service/messages.ts';

const pdf = (text: string): OutboundFile => ({ fileName: 'RMA-26-00001.pdf', contentType: 'application/pdf', bytes: Buffer.from(text) });
const approved: Outbound = {
  outboxId: 1,
  case: 'C-1001',
  platform: 'console',
  thread: null,
  to: 'customer',
  user: 'U1',
  text: 'Approved',
  expects: null,
  actions: [],
  private: false,
};

describe('saveDocument', () => {
  it('writes a different document of an existing name beside it and says so; the same bytes again are left as they are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rma-docs-'));
    writeFileSync(join(dir, 'RMA-26-00001.pdf'), 'the real desk');

    expect(saveDocument(pdf('a scratch run'), dir)).toEqual({
      path: join(dir, 'RMA-26-00001-2.pdf'),
      keptExisting: join(dir, 'RMA-26-00001.pdf'),
    });
    expect(readFileSync(join(dir, 'RMA-26-00001.pdf'), 'utf8')).toBe('the real desk');
    expect(readFileSync(join(dir, 'RMA-26-00001-2.pdf'), 'utf8')).toBe('a scratch run');

    // A retried delivery of the same document: no third file.
    expect(saveDocument(pdf('a scratch run'), dir)?.path).toBe(join(dir, 'RMA-26-00001-2.pdf'));
    expect(saveDocument(pdf('the real desk'), dir)).toEqual({ path: join(dir, 'RMA-26-00001.pdf'), keptExisting: null });
    expect(readdirSync(dir).sort()).toEqual(['RMA-26-00001-2.pdf', 'RMA-26-00001.pdf']);

    const said: string[] = [];
    await consoleDelivery((text) => said.push(text), dir).post(approved, 1, pdf('a third one'));
    expect(said[0]).toContain(
      `[document: ${join(dir, 'RMA-26-00001-3.pdf')} (a different ${join(dir, 'RMA-26-00001.pdf')} was already there and is kept)]`,
    );
  });
});
