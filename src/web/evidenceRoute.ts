// A case's evidence file from the vault, for signed-in staff: never the platform's link (it expires,
// and it would send the staffer's browser to Slack or Discord). Raster images show inline; anything
// else (PDF, logs, video, SVG) downloads under its name, with the type the vault detected.
import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { EvidenceStore } from '../evidence/storage.ts';
import type { Db } from '../store/database.ts';
import { cases, evidence } from '../store/schema.ts';
import type { DeskEnv } from './deskAuth.ts';
import { INLINE_TYPES } from './inlineTypes.ts';

export async function serveEvidence(c: Context<DeskEnv>, db: Db, store: EvidenceStore | null): Promise<Response> {
  const id = Number(c.req.param('id'));
  const ref = c.req.param('ref') ?? '';
  if (!Number.isSafeInteger(id) || id <= 0) return c.text('No such file.', 404);
  const [row] = await db
    .select({
      status: evidence.status,
      key: evidence.storageKey,
      preview: evidence.previewKey,
      name: evidence.name,
      type: evidence.detectedType,
    })
    .from(evidence)
    .innerJoin(cases, eq(cases.id, evidence.caseId))
    .where(and(eq(evidence.id, id), eq(cases.ref, ref.toUpperCase())));
  if (!row) return c.text('No such file on this case.', 404);
  if (row.status !== 'stored' || !row.key || !store) return c.text('This file is not in the evidence vault (yet, or it was refused).', 404);
  const wantPreview = c.req.query('preview') === '1' && row.preview;
  const bytes = await store.get(wantPreview ? row.preview! : row.key);
  const type = wantPreview ? 'image/webp' : (row.type ?? 'application/octet-stream');
  const inline = INLINE_TYPES.has(type);
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': type,
    'content-length': String(bytes.length),
    'content-disposition': inline ? 'inline' : `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`,
    'cache-control': 'private, no-store',
  });
}
