// The RMA document (PDF) of an approved case, for signed-in staff: the same document the customer got
// with the approval, drawn again from the case (A4, or US Letter with `?paper=letter`).
import type { Context } from 'hono';
import { RmaDocumentError } from '../paperwork/rmaDocument.ts';
import type { Db } from '../store/database.ts';
import { auditDesk } from '../store/deskSessionStore.ts';
import type { DeskEnv } from './deskAuth.ts';

export async function serveRmaDocument(c: Context<DeskEnv>, db: Db, now: () => Date): Promise<Response> {
  const ref = (c.req.param('ref') ?? '').slice(0, 40);
  // pdfkit loads only when a document is drawn.
  const { rmaDocumentForCase } = await import('../paperwork/rmaDocumentForCase.ts');
  try {
    const doc = await rmaDocumentForCase(db, ref, { size: c.req.query('paper') === 'letter' ? 'LETTER' : 'A4' });
    await auditDesk(db, { at: now(), staff: c.get('session').staff, action: 'rma_document', detail: { ref: doc.ref } });
    return c.body(new Uint8Array(doc.pdf), 200, {
      'content-type': 'application/pdf',
      'content-length': String(doc.pdf.length),
      // A download: the desk's CSP would get in the way of the browser's PDF viewer.
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      'cache-control': 'private, no-store',
    });
  } catch (error) {
    if (error instanceof RmaDocumentError) return c.text(`No RMA document: ${error.message}.`, 404);
    throw error;
  }
}
