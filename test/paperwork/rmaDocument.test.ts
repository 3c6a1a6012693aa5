import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseContext } from '../../src/case/types.ts';
import { code128Modules } from '../../src/paperwork/code128.ts';
import { renderRmaDocument, RmaDocumentError } from '../../src/paperwork/rmaDocument.ts';
import { rmaDocumentFileName, writeRmaDocument } from '../../src/paperwork/rmaDocumentFile.ts';
import { rmaDocumentForCase, type CaseRmaDocument } from '../../src/paperwork/rmaDocumentForCase.ts';
import { winAnsi } from '../../src/paperwork/winAnsi.ts';
import { DEFAULT_POLICY, type Policy } from '../../src/policy/policy.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { decodeBarcodes, readPdfText, renderPage } from './readPdf.ts';

const POLICY: Policy = {
  ...DEFAULT_POLICY,
  contactEmail: 'returns@example.com',
  returnAddress: 'RMA Dept., Refurb Telecom GmbH\n1 Dock Road\n20457 Hamburg, Germany',
};

/** U1's DOA optic claim C-1001 through intake and troubleshooting, approved by S1 at 2026-11-20 14:00 UTC. */
async function approvedCase(app: TestApp): Promise<string> {
  const first = await app.send({ user: 'U1', text: 'order 100234', at: '2026-11-20T10:00:00Z' });
  const ref = first.caseRef!;
  await app.send({ user: 'U1', text: 'FNS17320ABC' });
  await app.send({
    user: 'U1',
    files: [
      { name: 'sn.jpg', type: 'image/jpeg', size: 10 },
      { name: 'rack.jpg', type: 'image/jpeg', size: 10 },
    ],
  });
  await app.send({ user: 'U1', text: 'no link light on the port at all' });
  await app.send({ user: 'U1', files: [{ name: 'log.txt', type: 'text/plain', size: 10 }] });
  await app.send({ user: 'U1', action: 'still_failing', caseRef: ref });
  const approved = await app.send({ user: 'S1', command: `/rma approve ${ref}`, at: '2026-11-20T14:00:00Z' });
  expect(approved.ok, approved.error).toBe(true);
  return ref;
}

describe('the RMA document of an approved case', () => {
  let app: TestApp;
  let ref: string;
  let doc: CaseRmaDocument;
  beforeAll(async () => {
    app = await openTestApp({ policy: POLICY });
    ref = await approvedCase(app);
    doc = await rmaDocumentForCase(app.database.db, ref.toLowerCase());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('is one page with the RMA, the case, the item, the return address, instructions and the cost cap', async () => {
    expect([doc.ref, doc.rma, doc.fileName]).toEqual(['C-1001', 'RMA-26-00001', 'RMA-26-00001.pdf']);
    expect(doc.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdfText(doc.pdf);
    expect(pdf.pages).toBe(1);
    expect(pdf.size).toEqual({ width: 595.28, height: 841.89 });
    const text = pdf.text[0]!;
    for (const expected of [
      'RETURN MERCHANDISE AUTHORIZATION',
      'Case reference C-1001',
      'Order 100234',
      'Part number SFP-10G-SR',
      'Description Cisco 10GBASE-SR SFP+',
      'Serial number FNS17320ABC',
      'Claim DOA (defective on arrival, within 14 days of delivery)',
      'Issued 2026-11-20',
      // The configured address; its lines stay lines where there is room.
      'RMA Dept., Refurb Telecom GmbH 1 Dock Road 20457 Hamburg, Germany',
      'Wipe your configuration',
      'tape it on the outside of the box, so that RMA-26-00001 is clearly visible',
      'Do not return anything without this RMA number',
      'up to USD 500.00 in total',
      'Anything above USD 500.00 must be approved by us in writing before you ship',
      'Keep your shipping receipts and tracking information',
      'returns@example.com',
      'Cut along the dashed line',
      'Case C-1001 · Order 100234 · PN SFP-10G-SR · SN FNS17320ABC',
      'Returns without a visible RMA number may not be processed.',
    ]) {
      expect(text).toContain(expected);
    }
    // The number in the header, in the instructions, the contact line and on the label.
    expect(text.match(/RMA-26-00001/g)!.length).toBeGreaterThanOrEqual(4);
  });

  it('carries the RMA number as a Code 128 barcode in the header and on the label', async () => {
    const page = await renderPage(doc.pdf);
    const half = 841.89 / 2;
    expect(await decodeBarcodes(page, { y: 0, height: half, width: 595 })).toEqual(['RMA-26-00001']);
    expect(await decodeBarcodes(page, { y: half, height: half, width: 595 })).toEqual(['RMA-26-00001']);
  });

  it('is the same file every time for the same case', async () => {
    const again = await rmaDocumentForCase(app.database.db, ref);
    expect(again.pdf.equals(doc.pdf)).toBe(true);
  });

  it('is refused for a case without an RMA number, and for an unknown case', async () => {
    await app.send({ user: 'U2', text: 'order 100310', at: '2026-11-20T11:00:00Z' });
    await expect(rmaDocumentForCase(app.database.db, 'C-1002')).rejects.toThrow(/C-1002 has no RMA number \(it is intake\)/);
    await expect(rmaDocumentForCase(app.database.db, 'C-4242')).rejects.toThrow(RmaDocumentError);
  });

  it('is saved under its RMA number for the console', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rma-desk-docs-'));
    try {
      const path = await writeRmaDocument(doc.context, join(dir, 'rma'), { issuedAt: '2026-11-20T14:00:00Z' });
      expect(path).toBe(join(dir, 'rma', 'RMA-26-00001.pdf'));
      expect(existsSync(path) && readFileSync(path).equals(doc.pdf)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('layout limits', () => {
    const base = (): CaseContext => ({ ...doc.context, policy: { ...doc.context.policy } });

    it('keeps a 500-character address with characters outside the PDF fonts on one Letter page', async () => {
      const c = base();
      c.policy.returnAddress = `${'Retourenabteilung Müller – Straße des 17. Juni 135, 10623 Berlin; 北京市朝阳区; '.repeat(8)}`.slice(
        0,
        500,
      );
      const pdf = await readPdfText(await renderRmaDocument(c, { size: 'LETTER' }));
      expect(pdf.pages).toBe(1);
      expect(pdf.size).toEqual({ width: 612, height: 792 });
      expect(pdf.text[0]).toContain('Retourenabteilung Müller – Straße des 17. Juni 135, 10623 Berlin; ??????;');
      expect(pdf.text[0]).not.toContain('Issued');
    });

    it('leaves lines to write on when the seller has not configured a return address', async () => {
      const c = base();
      c.policy.returnAddress = DEFAULT_POLICY.returnAddress;
      const text = (await readPdfText(await renderRmaDocument(c))).text[0]!;
      expect(text.match(/Write here the return address our staff gave you with the RMA number/g)).toHaveLength(2);
      expect(text).not.toContain(DEFAULT_POLICY.returnAddress);
    });

    it('never prints the serial our records hold: only the one the customer typed', async () => {
      const c = { ...base(), serialGiven: null };
      const text = (await readPdfText(await renderRmaDocument(c))).text[0]!;
      expect(text).not.toContain('FNS17320ABC');
      expect(text).toContain('PN SFP-10G-SR · SN -');
    });

    it("is printed in the case's language: Chinese with an embedded Noto Sans SC subset, German and French in the standard fonts", async () => {
      const chinese = await renderRmaDocument({ ...base(), language: 'zh' }, { issuedAt: '2026-11-20T14:00:00Z' });
      const zh = (await readPdfText(chinese)).text[0]!.replaceAll(' ', '');
      for (const words of [
        '退货授权书',
        'RMA号码',
        '清除设备上的配置和所有敏感数据',
        '授权退货',
        'RMA-26-00001',
        'C-1001',
        '2026年11月20日',
      ])
        expect(zh).toContain(words);
      // The font is embedded as a subset of the glyphs used, not the 10 MB file.
      expect(chinese.toString('latin1')).toMatch(/\/FontFile2/);
      expect(chinese.length).toBeLessThan(200_000);
      const german = (await readPdfText(await renderRmaDocument({ ...base(), language: 'de' }))).text[0]!;
      expect(german).toContain('RÜCKSENDEGENEHMIGUNG (RMA)');
      expect(german).toContain('Löschen Sie Ihre Konfiguration');
      expect(german).toContain('bis insgesamt 500,00 USD');
      const french = (await readPdfText(await renderRmaDocument({ ...base(), language: 'fr' }))).text[0]!;
      expect(french).toContain('Expédiez l’article à');
      expect(french).toContain('RETOUR AUTORISÉ');
      const english = (await readPdfText(await renderRmaDocument(base()))).text[0]!;
      expect(english).toContain('RETURN MERCHANDISE AUTHORIZATION');
    });

    it('names the claim under warranty and refuses a context without an RMA', async () => {
      const c = { ...base(), kind: 'warranty' as const };
      expect((await readPdfText(await renderRmaDocument(c))).text[0]).toContain(
        'Claim Warranty (90-day functional warranty from delivery)',
      );
      await expect(renderRmaDocument({ ...base(), rma: null })).rejects.toThrow(/has no RMA number yet/);
      expect(() => rmaDocumentFileName({ ref: 'C-1', rma: null })).toThrow(RmaDocumentError);
    });
  });
});

describe('the pieces of the document', () => {
  it('encodes Code 128 bars that start with a start symbol and end with the stop pattern', () => {
    const modules = code128Modules('RMA-26-00001');
    expect(modules.slice(0, 6)).toEqual([2, 1, 1, 2, 1, 4]); // Start B
    expect(modules.slice(-7)).toEqual([2, 3, 3, 1, 1, 1, 2]); // Stop
    // Every symbol (start, data, check) is 11 modules wide; the stop pattern 13.
    expect((modules.reduce((a, b) => a + b, 0) - 13) % 11).toBe(0);
  });

  it('keeps what the standard fonts can show and replaces the rest', () => {
    expect(winAnsi('Straße – “Tor 3” €5 · Ñ')).toBe('Straße – “Tor 3” €5 · Ñ');
    expect(winAnsi('Łódź\nul. Piotrkowska\t1')).toBe('Lódz ul. Piotrkowska 1');
    expect(winAnsi('Łódź\r\nul. 1', { keepLines: true })).toBe('Lódz\nul. 1');
    expect(winAnsi('北京 🙂')).toBe('?? ?');
  });
});
