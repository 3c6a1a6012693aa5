// Reading the evidence vault: a case's files and their state (`/rma evidence REF`), an export of the
// stored copies with a manifest (`rma-desk cases evidence REF --out DIR`), and the serial-label preview.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { normalizeRef } from '../case/caseRef.ts';
import type { Db } from '../store/database.ts';
import { findCaseByRef } from '../store/caseStore.ts';
import { evidenceOfCase } from '../store/evidenceStore.ts';
import type { EvidenceRow } from '../store/rows.ts';
import type { EvidenceStore } from './storage.ts';
import { makeDirectory } from '../makeDirectory.ts';

export type EvidenceStatus = 'pending' | 'stored' | 'refused' | 'failed';

export interface EvidenceItem {
  /** 1, 2, … in the order the files came. */
  n: number;
  id: number;
  name: string;
  /** serial_photo, install_photo, evidence or other. */
  purpose: string;
  status: EvidenceStatus;
  sha256: string | null;
  /** Bytes stored; the size the platform claimed until then. */
  size: number;
  /** The type found in the bytes once stored; the platform's claim until then. */
  type: string;
  key: string | null;
  previewKey: string | null;
  /** Why it was refused or failed, or the last error of a pending file that is being retried. */
  error: string | null;
  attempts: number;
  postedAt: string;
  storedAt: string | null;
}

export interface CaseEvidence {
  ref: string;
  items: EvidenceItem[];
}

/** A case's files in the evidence vault, or null when there is no such case. */
export async function listEvidence(db: Db, ref: string): Promise<CaseEvidence | null> {
  const row = await findCaseByRef(db, normalizeRef(ref) ?? ref);
  if (!row) return null;
  const rows = await evidenceOfCase(db, row.id);
  return { ref: row.ref, items: rows.map(evidenceItem) };
}

/** A stored evidence row as staff see it: the measured size and type once known, else what the platform claimed. */
export function evidenceItem(r: EvidenceRow, index: number): EvidenceItem {
  return {
    n: index + 1,
    id: r.id,
    name: r.name,
    purpose: r.purpose,
    status: r.status as EvidenceStatus,
    sha256: r.sha256,
    size: r.size ?? r.claimedSize,
    type: r.detectedType ?? r.claimedType,
    key: r.storageKey,
    previewKey: r.previewKey,
    error: r.error,
    attempts: r.attempts,
    postedAt: r.createdAt,
    storedAt: r.storedAt,
  };
}

const PURPOSE: Record<string, string> = {
  serial_photo: 'serial-label photo',
  install_photo: 'installation photo',
  evidence: 'evidence',
  other: 'other file',
};

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function itemLine(item: EvidenceItem): string {
  const head = `${item.n}. ${item.name} (${PURPOSE[item.purpose] ?? item.purpose}): `;
  switch (item.status) {
    case 'stored':
      return `${head}stored, ${item.type}, ${size(item.size)}, SHA-256 ${item.sha256?.slice(0, 16)}…${item.previewKey ? ', preview' : ''}`;
    case 'pending':
      return `${head}pending, not copied yet${item.attempts > 0 && item.error ? ` (attempt ${item.attempts} failed: ${item.error})` : ''}`;
    case 'refused':
      return `${head}refused: ${item.error ?? 'no reason recorded'}`;
    case 'failed':
      return `${head}FAILED, not stored: ${item.error ?? 'no reason recorded'}`;
  }
}

/** The reply to `/rma evidence REF`: every file of the case, pending ones included. */
export function evidenceText(evidence: CaseEvidence): string {
  if (evidence.items.length === 0) return `${evidence.ref} has no files in the evidence vault.`;
  const counts = (['stored', 'pending', 'refused', 'failed'] as const).flatMap((s) => {
    const n = evidence.items.filter((i) => i.status === s).length;
    return n > 0 ? [`${n} ${s}`] : [];
  });
  const total = evidence.items.length;
  return [
    `${evidence.ref}: ${total} file${total === 1 ? '' : 's'} in the evidence vault (${counts.join(', ')})`,
    ...evidence.items.map(itemLine),
  ].join('\n');
}

/** `<n>-<name>` with only letters, digits, `.`, `_` and `-` kept: no path, no hidden file, no control characters. */
export function exportFileName(n: number, name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const safe = base
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+|(?<![._])[._]+$/g, '')
    .slice(-120);
  return `${n}-${safe || 'file'}`;
}

export interface ManifestEntry extends EvidenceItem {
  /** The file written beside the manifest; null when nothing was (not stored, or a problem). */
  file: string | null;
  /** The stored bytes hashed again on export: true when they match the recorded SHA-256. */
  verified: boolean | null;
}

export interface EvidenceManifest {
  case: string;
  exportedAt: string;
  store: string;
  files: ManifestEntry[];
}

export interface EvidenceExport {
  dir: string;
  manifest: EvidenceManifest;
  /** Stored files that could not be exported (missing object, hash mismatch): the CLI should fail. */
  problems: string[];
}

/**
 * Writes a case's stored files into `outDir` as `<n>-<name>`, each checked against its recorded
 * SHA-256, and `manifest.json` listing every file (pending, refused and failed ones too). Null when
 * there is no such case.
 */
export async function exportEvidence(
  db: Db,
  store: EvidenceStore,
  ref: string,
  outDir: string,
  now: () => Date = () => new Date(),
): Promise<EvidenceExport | null> {
  const evidence = await listEvidence(db, ref);
  if (!evidence) return null;
  const dir = resolve(outDir);
  await makeDirectory(dir);
  const problems: string[] = [];
  const files: ManifestEntry[] = [];
  for (const item of evidence.items) {
    if (item.status !== 'stored' || !item.key) {
      files.push({ ...item, file: null, verified: null });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await store.get(item.key);
    } catch (error) {
      problems.push(`${item.n}. ${item.name}: cannot read ${item.key} from ${store.describe()}: ${(error as Error).message}`);
      files.push({ ...item, file: null, verified: null });
      continue;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== item.sha256) {
      problems.push(`${item.n}. ${item.name}: the stored copy's SHA-256 is ${actual}, not the recorded ${item.sha256}`);
      files.push({ ...item, file: null, verified: false });
      continue;
    }
    const file = exportFileName(item.n, item.name);
    const path = join(dir, file);
    if (!path.startsWith(dir + sep)) throw new Error(`export name escapes ${dir}: ${file}`);
    await writeFile(path, bytes);
    files.push({ ...item, file, verified: true });
  }
  const manifest: EvidenceManifest = { case: evidence.ref, exportedAt: now().toISOString(), store: store.describe(), files };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest, problems };
}

/** The small JPEG of the case's latest stored serial-label photo, for the staff message; null if none. */
export async function serialPhotoPreview(
  db: Db,
  store: EvidenceStore,
  ref: string,
): Promise<{ fileName: string; contentType: string; bytes: Buffer } | null> {
  const evidence = await listEvidence(db, ref);
  const item = evidence?.items.findLast((i) => i.purpose === 'serial_photo' && i.status === 'stored' && i.previewKey);
  if (!evidence || !item?.previewKey) return null;
  return { fileName: `${evidence.ref}-serial-label.jpg`, contentType: 'image/jpeg', bytes: await store.get(item.previewKey) };
}
