// Reads a PDF back for the tests: its pages' text with pdf.js, and the barcodes on a page region with
// pdftoppm (raster) and zbarimg (decode).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfText {
  pages: number;
  /** Each page's text, items joined by spaces, no-break spaces made plain. */
  text: string[];
  /** Page size in points. */
  size: { width: number; height: number };
}

export async function readPdfText(pdf: Buffer): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const text: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      text.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replaceAll('\u00a0', ' ')
          .replace(/\s+/g, ' '),
      );
    }
    const first = await doc.getPage(1);
    const [, , width, height] = first.view;
    return { pages: doc.numPages, text, size: { width: width!, height: height! } };
  } finally {
    await doc.destroy();
  }
}

/** Rasterizes page 1 at `dpi`, crops it to `region` (in points from the top left), and decodes the barcodes there. */
export function decodeBarcodes(
  pdf: Buffer,
  region: { y: number; height: number; width: number },
  tools: { pdftoppm: string; zbarimg: string },
  dpi = 150,
): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rma-desk-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const px = (pt: number) => String(Math.round((pt * dpi) / 72));
    execFileSync(tools.pdftoppm, [
      '-r',
      String(dpi),
      '-f',
      '1',
      '-l',
      '1',
      '-gray',
      '-png',
      '-x',
      '0',
      '-y',
      px(region.y),
      '-W',
      px(region.width),
      '-H',
      px(region.height),
      file,
      join(dir, 'page'),
    ]);
    const png = readdirSync(dir).find((name) => name.endsWith('.png'));
    if (!png) throw new Error('pdftoppm wrote no image');
    const result = spawnSync(tools.zbarimg, ['--quiet', '--raw', '-Sdisable', '-Scode128.enable', join(dir, png)], { encoding: 'utf8' });
    // zbarimg exits 4 when it finds no barcode: that is an answer (none), not a failure.
    if (result.status !== 0 && result.status !== 4) throw new Error(`zbarimg failed (${result.status}): ${result.stderr}`);
    return result.stdout.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
