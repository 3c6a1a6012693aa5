// A Code 128 barcode drawn as vector bars into a pdfkit page, so it prints sharp at any resolution.
// bwip-js encodes the text (character set switching and check digit); we only draw its bar widths.
import bwipjs from 'bwip-js';

/** Alternating bar and space widths in modules, starting with a bar. */
export function code128Modules(text: string): number[] {
  const [symbol] = bwipjs.raw('code128', text, {});
  if (!symbol || !('sbs' in symbol)) throw new Error(`bwip-js gave no Code 128 bars for ${JSON.stringify(text)}`);
  return symbol.sbs;
}

/** The width in modules of the symbol, without quiet zones. */
export function code128Width(text: string): number {
  return code128Modules(text).reduce((sum, w) => sum + w, 0);
}

/** Quiet zone either side of the symbol that a scanner needs, in modules. */
export const QUIET_ZONE_MODULES = 10;

export interface BarsBox {
  x: number;
  y: number;
  /** Width of one module in points. */
  module: number;
  height: number;
}

/** Draws the bars with their left edge at `box.x` (the caller leaves the quiet zones white). */
export function drawCode128(doc: PDFKit.PDFDocument, text: string, box: BarsBox): void {
  let x = box.x;
  code128Modules(text).forEach((width, i) => {
    if (i % 2 === 0) doc.rect(x, box.y, width * box.module, box.height);
    x += width * box.module;
  });
  doc.fillColor('black').fill();
}
