// The local console chat: a pasted multi-line log is one message, staff answer with /rma reply.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { pasteJoiner, runInteractive } from '../../../src/adapters/console/interactiveChat.ts';
import { openTestApp } from '../../support/testApp.ts';

async function chat(lines: string[]): Promise<string> {
  const app = await openTestApp({ staff: ['staff'] });
  try {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString()));
    input.end(`${lines.join('\n')}\n`);
    await runInteractive({ desk: app.desk, staff: app.staff, input, output, documentsDir: mkdtempSync(join(tmpdir(), 'rma-docs-')) });
    return chunks.join('');
  } finally {
    await app.close();
  }
}

describe('the console chat', () => {
  it('joins the lines of a bracketed paste, and only those', () => {
    const join = pasteJoiner();
    expect(join('hello')).toBe('hello');
    expect(join('\x1b[200~show logging')).toBeNull();
    expect(join('/rma is not a command inside a paste')).toBeNull();
    expect(join('%LINK-3-UPDOWN: Te1/0/1 down\x1b[201~')).toBe(
      'show logging\n/rma is not a command inside a paste\n%LINK-3-UPDOWN: Te1/0/1 down',
    );
    expect(join('next')).toBe('next');
  });

  it('takes a pasted log as one message, and staff reply to the customer with /rma reply', async () => {
    const out = await chat([
      'order 100234 the optic is dead',
      'FNS17320ABC',
      '/file sn.jpg image/jpeg 204800',
      '/file rack.jpg image/jpeg 204800',
      'No link at all, Rx reads -40 dBm',
      '\x1b[200~show interfaces transceiver detail',
      'Te1/0/1  Rx -40.0 dBm  Tx -2.1 dBm',
      'alarm low\x1b[201~',
      '/as staff',
      '/rma reply C-1001 Thanks, we are looking at the DOM values now.',
    ]);
    // One evidence entry, then the checks: no "please describe" for the log's second and third lines.
    expect(out.match(/Before a return, please try these checks/g)).toHaveLength(1);
    expect(out).not.toContain('A few more words about the fault');
    expect(out).toContain(
      'bot to customer [C-1001]: Message from our staff about C-1001:\n    Thanks, we are looking at the DOM values now.',
    );
  });
});
