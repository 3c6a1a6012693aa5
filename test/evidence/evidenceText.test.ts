// The words and names of the evidence vault: the `/rma evidence REF` reply and exported file names.
import { describe, expect, it } from 'vitest';
import { evidenceText, exportFileName, type EvidenceItem } from '../../src/evidence/evidenceQueries.ts';

const base: Omit<EvidenceItem, 'n' | 'name' | 'purpose' | 'status'> = {
  id: 1,
  sha256: null,
  size: 1000,
  type: 'image/jpeg',
  key: null,
  previewKey: null,
  error: null,
  attempts: 0,
  postedAt: '2026-11-20T10:00:00.000Z',
  storedAt: null,
};

describe('/rma evidence REF', () => {
  it('lists every file with its state, pending ones included', () => {
    const items: EvidenceItem[] = [
      {
        ...base,
        n: 1,
        name: 'sn.jpg',
        purpose: 'serial_photo',
        status: 'stored',
        sha256: 'ab'.repeat(32),
        size: 1_572_864,
        key: 'sha256/ab/ab/x',
        previewKey: 'sha256/ab/ab/x.preview.jpg',
      },
      { ...base, n: 2, name: 'rack.jpg', purpose: 'install_photo', status: 'pending' },
      { ...base, n: 3, name: 'show.log', purpose: 'evidence', status: 'pending', attempts: 2, error: 'files.slack.com: HTTP 503' },
      { ...base, n: 4, name: 'x.txt', purpose: 'evidence', status: 'refused', error: 'the file is not plain text (its content is PNG)' },
      {
        ...base,
        n: 5,
        name: 'y.pcap',
        purpose: 'other',
        status: 'failed',
        error: 'files.slack.com/x: HTTP 403 (check the bot token and its scopes)',
      },
    ];
    expect(evidenceText({ ref: 'C-1001', items }).split('\n')).toEqual([
      'C-1001: 5 files in the evidence vault (1 stored, 2 pending, 1 refused, 1 failed)',
      `1. sn.jpg (serial-label photo): stored, image/jpeg, 1.5 MB, SHA-256 ${'ab'.repeat(8)}…, preview`,
      '2. rack.jpg (installation photo): pending, not copied yet',
      '3. show.log (evidence): pending, not copied yet (attempt 2 failed: files.slack.com: HTTP 503)',
      '4. x.txt (evidence): refused: the file is not plain text (its content is PNG)',
      '5. y.pcap (other file): FAILED, not stored: files.slack.com/x: HTTP 403 (check the bot token and its scopes)',
    ]);
    expect(evidenceText({ ref: 'C-1002', items: [] })).toBe('C-1002 has no files in the evidence vault.');
  });
});

describe('exported file names', () => {
  it('keep no path, no hidden name and no control or direction characters', () => {
    expect(exportFileName(1, '../../etc/passwd')).toBe('1-passwd');
    expect(exportFileName(2, 'C:\\Windows\\system32\\x.dll')).toBe('2-x.dll');
    expect(exportFileName(3, '..')).toBe('3-file');
    expect(exportFileName(4, 'show tech (1).txt')).toBe('4-show_tech_1_.txt');
    expect(exportFileName(5, 'Seriennummer-Ü.jpg')).toBe('5-Seriennummer-Ü.jpg');
    expect(exportFileName(6, 'photo\u202Egpj.exe')).toBe('6-photo_gpj.exe');
    const long = exportFileName(7, `${'a'.repeat(300)}.log`);
    expect([long.length, long.endsWith('.log')]).toEqual([122, true]);
  });
});
