// Drives `chat --jsonl` in-process: lines in, parsed JSON lines out, on a fresh test database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runJsonl } from '../../../src/adapters/console/jsonlRunner.ts';
import type { Policy } from '../../../src/policy/policy.ts';
import type { OrderItem } from '../../../src/case/types.ts';
import { openTestApp } from '../../support/testApp.ts';

export type OutLine = Record<string, unknown> & { type: string };

export async function runScript(
  lines: Array<Record<string, unknown> | string>,
  options: { staff?: string[]; policy?: Policy; orders?: OrderItem[] } = {},
): Promise<OutLine[]> {
  const app = await openTestApp(options);
  try {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString()));
    input.end(lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
    await runJsonl({
      desk: app.desk,
      staff: app.staff,
      input,
      output,
      now: () => '2026-11-20T09:00:00.000Z',
      documentsDir: mkdtempSync(join(tmpdir(), 'rma-docs-')),
    });
    return chunks
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OutLine);
  } finally {
    await app.close();
  }
}

export const acks = (out: OutLine[]) => out.filter((l) => l.type === 'ack');
export const cases = (out: OutLine[]) => out.filter((l) => l.type === 'case');
export const messages = (out: OutLine[]) => out.filter((l) => l.type === 'message');

/** The full intake of order 100234's optic by U1, up to the troubleshooting question. */
export const DOA_INTAKE = [
  { at: '2026-11-20T10:00:00Z', user: 'U1', text: 'Hello, the SFP from order 100234 does not work' },
  { user: 'U1', text: 'S/N: FNS17320ABC' },
  { user: 'U1', text: 'label', files: [{ name: 'sn.jpg', type: 'image/jpeg', size: 204800 }] },
  { user: 'U1', files: [{ name: 'rack.jpg', type: 'image/jpeg', size: 304800 }] },
  { user: 'U1', text: 'No link, Rx power reads -40 dBm on both ends' },
  { user: 'U1', text: 'show interfaces transceiver detail\nTe1/0/1  Rx -40.0 dBm  Tx -2.1 dBm  alarm low' },
];
