// The type of a file comes from its bytes; the name and the platform's type only say what to expect.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/evidence/contentCheck.ts';
import { EXE, photo } from './evidenceCase.ts';

const check = (name: string, claimedType: string, bytes: Buffer) => checkContent({ name, claimedType }, bytes);

/** A pcapng section header block (little-endian) and a pcap global header. */
const PCAPNG = Buffer.from('0a0d0d0a1c0000004d3c2b1a01000000ffffffffffffffff1c000000', 'hex');
const PCAP = Buffer.concat([Buffer.from('d4c3b2a1020004000000000000000000ffff000001000000', 'hex')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

describe('checking a file against what it claims to be', () => {
  it('keeps photos by their bytes, whatever image format the name says', async () => {
    expect(await check('sn.jpg', 'image/jpeg', await photo(1))).toEqual({ ok: true, kind: 'image', type: 'image/jpeg', text: false });
    // A PNG saved as .jpg is still a photo; the detected type is what is recorded.
    expect(await check('sn.jpg', 'image/jpeg', await photo(2, 'png'))).toEqual({ ok: true, kind: 'image', type: 'image/png', text: false });
  });

  it('refuses a program named like a photo and a PNG named like a log', async () => {
    expect(await check('sn.jpg', 'image/jpeg', EXE)).toEqual({ ok: false, reason: 'the file is not a photo (its content is EXE)' });
    expect(await check('sn.jpg', 'image/jpeg', Buffer.from('just text'))).toEqual({
      ok: false,
      reason: 'the file is not a photo (its content is not a known image format)',
    });
    expect(await check('show.txt', 'text/plain', await photo(3, 'png'))).toEqual({
      ok: false,
      reason: 'the file is not plain text (its content is PNG)',
    });
    expect(await check('clip.mp4', 'video/mp4', await photo(4))).toEqual({
      ok: false,
      reason: 'the file is not a video (its content is JPG)',
    });
  });

  it('keeps text logs that are UTF-8 text, and nothing binary under a text name', async () => {
    expect(await check('show-tech.log', 'text/plain', Buffer.from('Gi0/1 down\r\nRx −40.0 dBm\n'))).toEqual({
      ok: true,
      kind: 'other',
      type: 'text/plain',
      text: true,
    });
    expect(await check('running.cfg', 'application/octet-stream', Buffer.from('hostname sw1\n'))).toEqual({
      ok: true,
      kind: 'other',
      type: 'text/plain',
      text: true,
    });
    expect(await check('dump.xml', 'text/xml', Buffer.from('<?xml version="1.0"?><a/>'))).toEqual({
      ok: true,
      kind: 'other',
      type: 'application/xml',
      text: false,
    });
    expect(await check('boot.log', 'text/plain', Buffer.from([0x42, 0x6f, 0xe9, 0x74]))).toEqual({
      ok: false,
      reason: 'the file is not plain text (its content is binary or not UTF-8)',
    });
    expect(await check('boot.log', 'text/plain', Buffer.from('abc\u0000def'))).toMatchObject({ ok: false });
  });

  it('knows captures, PDFs and archives by their magic numbers', async () => {
    expect(await check('trace.pcapng', 'application/octet-stream', PCAPNG)).toEqual({
      ok: true,
      kind: 'other',
      type: 'application/x-pcapng',
      text: false,
    });
    expect(await check('trace.pcap', 'application/vnd.tcpdump.pcap', PCAP)).toEqual({
      ok: true,
      kind: 'other',
      type: 'application/vnd.tcpdump.pcap',
      text: false,
    });
    expect(await check('rma.pdf', 'application/pdf', PDF)).toEqual({ ok: true, kind: 'other', type: 'application/pdf', text: false });
    expect(await check('rma.pdf', 'application/pdf', PCAP)).toEqual({
      ok: false,
      reason: 'the file is not a valid .pdf file (its content is PCAP)',
    });
    expect(await check('logs.zip', 'application/zip', Buffer.from('not a zip at all'))).toEqual({
      ok: false,
      reason: 'the file is not a valid .zip file (its content is not a known format)',
    });
  });

  it('refuses empty files and types the bot does not keep', async () => {
    expect(await check('sn.jpg', 'image/jpeg', Buffer.alloc(0))).toEqual({ ok: false, reason: 'the file is empty' });
    expect(await check('setup.exe', 'application/x-msdownload', EXE)).toEqual({
      ok: false,
      reason: 'files of type application/x-msdownload are not kept',
    });
  });
});
