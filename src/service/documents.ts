// The files that go with outbound messages, made from the case as stored: the RMA document and the
// serial-label preview from the evidence vault. The outbox makes them as it posts.
import type { Logger } from 'pino';
import { serialPhotoPreview } from '../evidence/evidenceQueries.ts';
import type { EvidenceStore } from '../evidence/storage.ts';
import type { Db } from '../store/database.ts';
import type { DocumentMaker } from './outbox.ts';

export function caseDocuments(deps: { db: Db; evidenceStore?: EvidenceStore | undefined; log?: Logger | undefined }): DocumentMaker {
  return async (ref, attachment) => {
    switch (attachment.kind) {
      case 'rma_document': {
        // pdfkit and the barcode library (some 30 MB resident) load with the first RMA document.
        const { rmaDocumentForCase } = await import('../paperwork/rmaDocumentForCase.ts');
        const doc = await rmaDocumentForCase(deps.db, ref);
        return { fileName: doc.fileName, contentType: 'application/pdf', bytes: doc.pdf };
      }
      case 'serial_preview': {
        // A nicety: a store that cannot be read just now (or none) does not hold back the message it goes with.
        if (!deps.evidenceStore) return null;
        try {
          return await serialPhotoPreview(deps.db, deps.evidenceStore, ref);
        } catch (error) {
          deps.log?.warn({ err: error, case: ref }, 'no serial-label preview');
          return null;
        }
      }
    }
  };
}
