import { describe, expect, it } from 'vitest';
import { fileKind, inputProblem, LIMITS } from '../../src/chat/inputLimits.ts';

const file = (name: string, type: string, size = 1000) => ({ name, type, size });

describe('input limits', () => {
  it('takes photos, videos, logs, captures, PDFs and archives', () => {
    expect(fileKind(file('label.HEIC', 'image/heic'))).toBe('image');
    expect(fileKind(file('leds.mov', 'video/quicktime'))).toBe('video');
    for (const name of ['show-tech.txt', 'boot.log', 'span.pcap', 'tech.zip', 'invoice.pdf'])
      expect(fileKind(file(name, 'application/octet-stream')), name).toBe('other');
  });

  it('refuses executables and files whose type contradicts their name', () => {
    expect(inputProblem('', [file('fix.exe', 'application/x-msdownload')])).toMatch(/can't keep "fix.exe"/);
    expect(inputProblem('', [file('photo.jpg', 'application/x-sh')])).toMatch(/can't keep "photo.jpg"/);
    expect(inputProblem('', [file('evil.svg', 'image/svg+xml')])).toMatch(/can't keep "evil.svg"/);
  });

  it('refuses a text over the limit, and says what to do instead', () => {
    expect(inputProblem('x'.repeat(LIMITS.textChars), [])).toBeNull();
    expect(inputProblem('x'.repeat(LIMITS.textChars + 1), [])).toMatch(/limit is 8,000.*as a .txt or .log file/);
  });

  it('refuses too many files, empty files and files over their size limit', () => {
    expect(
      inputProblem(
        '',
        Array.from({ length: 11 }, (_, i) => file(`p${i}.jpg`, 'image/jpeg')),
      ),
    ).toMatch(/at most 10/);
    expect(inputProblem('', [file('sn.jpg', 'image/jpeg', 0)])).toMatch(/"sn.jpg" is empty/);
    expect(inputProblem('', [file('sn.jpg', 'image/jpeg', LIMITS.imageBytes)])).toBeNull();
    expect(inputProblem('', [file('sn.jpg', 'image/jpeg', LIMITS.imageBytes + 1)])).toMatch(
      /"sn.jpg" is 20 MB; the limit for images is 20 MB/,
    );
    expect(inputProblem('', [file('boot.mp4', 'video/mp4', 300 * 1024 * 1024)])).toMatch(/limit for videos is 250 MB/);
  });
});
