// Case references as people type them.

/** `c-1042`, `C1042`, `1042` → `C-1042`; null when it is not a case reference. */
export function normalizeRef(raw: string | undefined): string | null {
  const match = /^#?c?-?(\d{1,9})$/i.exec(raw?.trim() ?? '');
  return match ? `C-${match[1]}` : null;
}
