// The RMA document of a claim for several units (issue 20): page 1 says how many units, the next page
// lists each approved unit with the serial the customer typed, printed as a Code 128 barcode too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmaDocumentForCase, type CaseRmaDocument } from '../../src/paperwork/rmaDocumentForCase.ts';
import { claimFourUnits } from '../support/lotOrders.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { decodeBarcodes, readPdfText, renderPage } from './readPdf.ts';

describe('the RMA document of a claim for several units', () => {
  let app: TestApp;
  let doc: CaseRmaDocument;
  beforeAll(async () => {
    app = await openTestApp();
    const ref = await claimFourUnits(app);
    const approved = await app.send({ user: 'S1', command: `/rma approve ${ref} units 1,2,3`, at: '2026-11-20T14:00:00Z' });
    expect(approved.ok, approved.error).toBe(true);
    doc = await rmaDocumentForCase(app.database.db, ref);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('says on page 1 how many units the RMA covers and lists them on page 2 with their serials', async () => {
    const pdf = await readPdfText(doc.pdf);
    expect(pdf.pages).toBe(2);
    expect(pdf.text[0]).toContain('3 units, listed on the next page');
    expect(pdf.text[0]).toContain('Units on this RMA (3)');
    // Two DOA units and one under warranty: the claim names both.
    expect(pdf.text[0]).toContain('Claim DOA + Warranty Issued');
    const units = pdf.text[1]!;
    expect(units).toContain('Units on this RMA (3) · RMA-26-00001');
    for (const [n, part, serial] of [
      [1, 'SFP-10G-SR', 'FNS23010001'],
      [2, 'SFP-10G-SR', 'FNS23010002'],
      [3, 'SFP-10G-LR', 'FNS22110005'],
    ] as const)
      expect(units).toContain(`Unit ${n} ${part} Serial number: ${serial}`);
    // The unit sold as-is is not on the RMA.
    expect(units).not.toContain('FNS23010004');
  });

  it('prints each serial as a barcode the receiving desk can scan', async () => {
    const page = await renderPage(doc.pdf, 2);
    expect((await decodeBarcodes(page, { y: 0, height: 841.89, width: 595 })).sort()).toEqual([
      'FNS22110005',
      'FNS23010001',
      'FNS23010002',
    ]);
  });
});
