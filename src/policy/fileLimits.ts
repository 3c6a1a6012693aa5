// What the desk keeps: the file types it takes and the size limits per kind (policy section 3 asks
// for photos, logs and videos), used by the intake and by the evidence vault that copies the files.
export const LIMITS = {
  textChars: 8_000,
  files: 10,
  imageBytes: 20 * 1024 * 1024,
  videoBytes: 250 * 1024 * 1024,
  otherBytes: 50 * 1024 * 1024,
} as const;

const IMAGE = /\.(?:jpe?g|png|gif|webp|heic|heif|tiff?|bmp)$/i;
const VIDEO = /\.(?:mp4|mov|m4v|webm|mkv|avi)$/i;
// Logs, console captures, configs, packet captures, documents and archives of them ("show tech").
const OTHER = /\.(?:txt|log|cfg|conf|csv|json|xml|pdf|pcap|pcapng|zip|gz|tgz|tar|7z)$/i;

export type FileKind = 'image' | 'video' | 'other';

/** The kind of a file by its type and name; null when the bot does not keep that type. */
export function fileKind(file: { name: string; type: string }): FileKind | null {
  const type = file.type.toLowerCase();
  if (type.startsWith('image/') && IMAGE.test(file.name)) return 'image';
  if (type.startsWith('video/') && VIDEO.test(file.name)) return 'video';
  if (OTHER.test(file.name) && !type.startsWith('image/') && !type.startsWith('video/')) return 'other';
  return null;
}

export type Limits = Pick<typeof LIMITS, 'imageBytes' | 'videoBytes' | 'otherBytes'>;

/** The most bytes a file of `kind` may have. */
export function sizeLimit(kind: FileKind, limits: Limits = LIMITS): number {
  return kind === 'image' ? limits.imageBytes : kind === 'video' ? limits.videoBytes : limits.otherBytes;
}

/** A size as people read it: whole megabytes, or kilobytes under one. */
export function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
