// The RMA document of an approved case from the web desk: the PDF with its RMA number, to staff only,
// and a clear answer for a case without one.
import { describe, expect, it } from 'vitest';
import { deskAuditTrail } from '../../src/store/deskSessionStore.ts';
import { findCaseByRef } from '../../src/store/caseStore.ts';
import { readPdfText } from '../paperwork/readPdf.ts';
import { approvedCase } from './caseDriven.ts';
import { signedInDesk } from './signedIn.ts';
import { useVaultedApp } from './evidenceFixture.ts';

describe('the RMA document on the web desk', () => {
  const fx = useVaultedApp();

  it('downloads the PDF of an approved case with its RMA number, in Letter on request, and records who did', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault);
    const rma = (await findCaseByRef(fx.app.database.db, ref))!.rma!;
    const desk = await signedInDesk(fx.app.database.db);
    // The case page links to it.
    expect(await (await desk.get(`/desk/cases/${ref}`)).text()).toContain(`href="/desk/cases/${ref}/rma-document?paper=letter"`);
    const response = await desk.get(`/desk/cases/${ref.toLowerCase()}/rma-document`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename\\*=UTF-8''.*${rma}.*\\.pdf$`));
    const pdf = Buffer.from(await response.arrayBuffer());
    const { text, size } = await readPdfText(pdf);
    expect(text.join('\n')).toContain(rma);
    expect(Math.round(size.width)).toBe(595);
    const letter = await readPdfText(Buffer.from(await (await desk.get(`/desk/cases/${ref}/rma-document?paper=letter`)).arrayBuffer()));
    expect(Math.round(letter.size.width)).toBe(612);
    expect((await deskAuditTrail(fx.app.database.db)).filter((a) => a.action === 'rma_document')).toHaveLength(2);
    // Without a session: the sign-in page, no document.
    const signedOut = await desk.get(`/desk/cases/${ref}/rma-document`, false);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('content-type')).not.toBe('application/pdf');
  });

  it('says why there is no document for a case in review or no case at all', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault, { review: true });
    const desk = await signedInDesk(fx.app.database.db);
    expect(await (await desk.get(`/desk/cases/${ref}`)).text()).not.toContain('rma-document');
    const inReview = await desk.get(`/desk/cases/${ref}/rma-document`);
    expect(inReview.status).toBe(404);
    expect(await inReview.text()).toMatch(
      new RegExp(`^No RMA document: ${ref} has no RMA number \\(it is \\w+\\); a case gets one when staff approve it\\.$`),
    );
    expect(await (await desk.get('/desk/cases/C-9999/rma-document')).text()).toBe('No RMA document: no case C-9999.');
  });
});
