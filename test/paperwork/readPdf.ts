// Reads a PDF back for the tests: its pages' text with pdf.js, and the barcodes on a page region with
// pdf.js rendering on @napi-rs/canvas and zxing-wasm decoding. All npm packages: no system program needed.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

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

/** A rendered page: RGBA pixels, top row first, at `dpi`. */
export interface PageImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
  dpi: number;
}

/** Renders page `n` on a white background with pdf.js drawing on @napi-rs/canvas (npm packages, no system library). */
export async function renderPage(pdf: Buffer, n = 1, dpi = 150): Promise<PageImage> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: context, viewport }).promise;
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    return { data, width, height, dpi };
  } finally {
    await doc.destroy();
  }
}

let zxingReady: Promise<unknown> | undefined;

/** Loads the .wasm zxing-wasm ships: by default it would fetch it from a CDN, and the tests run offline. */
function zxingLoaded(): Promise<unknown> {
  zxingReady ??= (async () => {
    const wasm = await readFile(fileURLToPath(import.meta.resolve('zxing-wasm/reader/zxing_reader.wasm')));
    const wasmBinary = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
    return prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  })();
  return zxingReady;
}

/** Decodes the Code 128 barcodes in `region` of a rendered page (in points from the top left, full width from x = 0). */
export async function decodeBarcodes(page: PageImage, region: { y: number; height: number; width: number }): Promise<string[]> {
  const px = (pt: number) => Math.round((pt * page.dpi) / 72);
  const top = Math.min(px(region.y), page.height);
  const height = Math.min(px(region.height), page.height - top);
  const width = Math.min(px(region.width), page.width);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = (top + row) * page.width * 4;
    data.set(page.data.subarray(from, from + width * 4), row * width * 4);
  }
  await zxingLoaded();
  const results = await readBarcodes({ data, width, height }, { formats: ['Code128'] });
  return results.map((result) => result.text);
}
