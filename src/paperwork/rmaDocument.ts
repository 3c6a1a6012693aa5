// The one-page RMA document sent with the approval: the RMA number as text and as a Code 128 barcode,
// the claimed item, the return address and instructions, the shipping cost coverage (policy section 5),
// and a cut-out label for the outside of the box (policy section 4: the RMA clearly on the package).
import type { CaseContext } from '../case/types.ts';
import { calendarDate } from '../policy/eligibility.ts';
import { formatUsd } from '../policy/costs.ts';
import { hasReturnAddress as policyHasReturnAddress } from '../policy/policy.ts';
import { code128Width, drawCode128, QUIET_ZONE_MODULES } from './code128.ts';
import { winAnsi } from './winAnsi.ts';

export interface RmaDocumentOptions {
  /** When the RMA was issued (the approval event's time, an ISO instant); printed as a date and kept as the PDF's creation date. */
  issuedAt?: string | undefined;
  /** Paper size; the layout fits both. Default A4. */
  size?: 'A4' | 'LETTER' | undefined;
}

export class RmaDocumentError extends Error {
  override name = 'RmaDocumentError';
}

const MARGIN = 36;
const LABEL_HEIGHT = 250;
const INK = '#111111';
const MUTED = '#555555';

/** The seller has not configured a return address when the policy still has the published placeholder. */
export function hasReturnAddress(context: Pick<CaseContext, 'policy'>): boolean {
  return policyHasReturnAddress(context.policy);
}

function claimText(c: CaseContext): string {
  if (c.kind === 'doa') return `DOA (defective on arrival, within ${c.policy.doaDays} days of delivery)`;
  if (c.kind === 'warranty') return `Warranty (${c.policy.warrantyDays}-day functional warranty from delivery)`;
  return 'Approved by our staff';
}

/** Renders the RMA document of an approved case (one that has an RMA number) as a PDF. */
export async function renderRmaDocument(context: CaseContext, options: RmaDocumentOptions = {}): Promise<Buffer> {
  // Loaded on first use: pdfkit and its fonts take most of a second, which no other command should pay.
  const { default: PDFDocument } = await import('pdfkit');
  const rma = context.rma;
  if (!rma) throw new RmaDocumentError(`${context.ref} has no RMA number yet; approve it first`);
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    margin: MARGIN,
    // A fixed creation date keeps the bytes the same for the same case (pdfkit derives the file id from it).
    info: {
      Title: `${rma} return authorization`,
      Subject: `Return authorization ${rma} for case ${context.ref}`,
      Author: 'rma-desk',
      CreationDate: new Date(options.issuedAt ?? context.openedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawPage(doc, context, rma, options);
  doc.end();
  return done;
}

function drawPage(doc: PDFKit.PDFDocument, c: CaseContext, rma: string, options: RmaDocumentOptions): void {
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const t = winAnsi;

  // Header: title, contact, the RMA number and its barcode.
  doc
    .fillColor(INK)
    .font('Helvetica-Bold')
    .fontSize(15)
    .text('RETURN MERCHANDISE AUTHORIZATION', left, MARGIN, { width, lineBreak: false });
  doc
    .fillColor(MUTED)
    .font('Helvetica')
    .fontSize(9)
    .text(t(`Returns desk: ${c.policy.contactEmail}`), left, MARGIN + 4, { width, align: 'right', lineBreak: false });
  doc
    .moveTo(left, MARGIN + 22)
    .lineTo(left + width, MARGIN + 22)
    .lineWidth(1)
    .strokeColor(INK)
    .stroke();

  const numberTop = MARGIN + 34;
  doc.fillColor(MUTED).font('Helvetica').fontSize(9).text('RMA number', left, numberTop, { lineBreak: false });
  doc
    .fillColor(INK)
    .font('Helvetica-Bold')
    .fontSize(30)
    .text(rma, left, numberTop + 12, { lineBreak: false });
  const module = 1.1;
  const barsWidth = code128Width(rma) * module;
  drawCode128(doc, rma, { x: left + width - QUIET_ZONE_MODULES * module - barsWidth, y: numberTop + 2, module, height: 44 });

  // The claimed item.
  let y = numberTop + 64;
  const rows: Array<[string, string]> = [
    ['Case reference', c.ref],
    ['Order', c.orderNumber ?? '-'],
    ['Part number', c.item?.partNumber ?? '-'],
    ['Description', c.item?.description || '-'],
    // The customer's copy names only the serial they typed, never the one our records hold.
    ['Serial number', c.serialGiven ?? '-'],
    ['Claim', claimText(c)],
  ];
  if (options.issuedAt) rows.push(['Issued', calendarDate(options.issuedAt, c.policy.timeZone).toString()]);
  for (const [label, value] of rows) {
    doc.fillColor(MUTED).font('Helvetica').fontSize(10).text(label, left, y, { width: 110, lineBreak: false });
    doc
      .fillColor(INK)
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(t(value), left + 115, y, { width: width - 115, height: 12, ellipsis: true, lineBreak: false });
    y += 15;
  }

  // Return address: the seller's, or lines to write the one staff gave when none is configured.
  y += 10;
  y = heading(doc, 'Ship the item to', left, y, width);
  y = addressBlock(doc, c, left, y, width, 11, 44);

  y += 10;
  y = heading(doc, 'How to return it', left, y, width);
  const steps = [
    'Wipe your configuration and any sensitive data from the unit.',
    'Pack it safely (anti-static bag for modules and cards, padding around it).',
    `Cut out the label below and tape it on the outside of the box, so that ${rma} is clearly visible.`,
    'Ship it to the address above and reply in the case chat with the tracking number.',
    `Do not return anything without this RMA number: unapproved returns may not be processed.`,
  ];
  doc.fillColor(INK).font('Helvetica').fontSize(10);
  steps.forEach((step, i) => {
    doc.text(`${i + 1}.`, left, y, { width: 14, lineBreak: false });
    doc.text(t(step), left + 14, y, { width: width - 14 });
    y = doc.y + 2;
  });

  y += 8;
  y = heading(doc, 'Shipping costs', left, y, width);
  // A no-break space keeps the amount on one line.
  const cap = formatUsd(c.policy.costCapCents).replace(' ', '\u00a0');
  doc
    .fillColor(INK)
    .font('Helvetica')
    .fontSize(10)
    .text(
      t(
        `We cover return shipping and reshipping for this case, including duties, taxes and customs clearance, up to ${cap} in total. ` +
          `Anything above ${cap} must be approved by us in writing before you ship. ` +
          'Keep your shipping receipts and tracking information: we settle the costs against them.',
      ),
      left,
      y,
      { width },
    );
  y = doc.y + 6;
  doc
    .fillColor(MUTED)
    .fontSize(9)
    .text(t(`Questions: reply in the case chat, or email ${c.policy.contactEmail} with ${c.ref} and ${rma}.`), left, y, {
      width,
      lineBreak: false,
    });

  drawLabel(doc, c, rma, left, doc.page.height - MARGIN - LABEL_HEIGHT, width);
}

function heading(doc: PDFKit.PDFDocument, title: string, x: number, y: number, width: number): number {
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(11).text(title, x, y, { width, lineBreak: false });
  return y + 15;
}

/**
 * Writes the return address within `maxHeight` points and returns the y below it. An address that does
 * not fit has its lines joined with commas, then a smaller font (down to 7 points), before anything is
 * cut: a cut address is a parcel that gets lost.
 */
function addressBlock(
  doc: PDFKit.PDFDocument,
  c: CaseContext,
  x: number,
  y: number,
  width: number,
  size: number,
  maxHeight: number,
): number {
  if (hasReturnAddress(c)) {
    const lines = winAnsi(c.policy.returnAddress.trim(), { keepLines: true })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const fits = (text: string, points: number) => doc.fontSize(points).heightOfString(text, { width }) <= maxHeight;
    doc.font('Helvetica');
    let address = lines.join('\n');
    let fitted = size;
    if (!fits(address, fitted)) address = lines.join(', ');
    while (fitted > 7 && !fits(address, fitted)) fitted -= 0.5;
    doc.fillColor(INK).fontSize(fitted).text(address, x, y, { width, height: maxHeight, ellipsis: true });
    return Math.min(doc.y, y + maxHeight) + 2;
  }
  doc
    .fillColor(MUTED)
    .font('Helvetica-Oblique')
    .fontSize(9)
    .text('Write here the return address our staff gave you with the RMA number:', x, y, { width, lineBreak: false });
  doc.lineWidth(0.5).strokeColor(MUTED);
  for (let line = 1; line <= 2; line++)
    doc
      .moveTo(x, y + 12 + line * 15)
      .lineTo(x + width, y + 12 + line * 15)
      .stroke();
  return y + 12 + 2 * 15 + 6;
}

function drawLabel(doc: PDFKit.PDFDocument, c: CaseContext, rma: string, x: number, top: number, width: number): void {
  // The cut line is the label's own dashed border.
  doc
    .fillColor(MUTED)
    .font('Helvetica')
    .fontSize(8)
    .text('Cut along the dashed line and tape the label on the outside of the box.', x, top - 12, {
      width,
      align: 'center',
      lineBreak: false,
    });
  doc.lineWidth(1).strokeColor(INK).dash(6, { space: 4 }).rect(x, top, width, LABEL_HEIGHT).stroke().undash();

  const inner = x + 16;
  const innerWidth = width - 32;
  doc
    .fillColor(INK)
    .font('Helvetica-Bold')
    .fontSize(10)
    .text('AUTHORIZED RETURN', inner, top + 14, { width: innerWidth, align: 'center', lineBreak: false });
  doc
    .font('Helvetica-Bold')
    .fontSize(34)
    .text(rma, inner, top + 30, { width: innerWidth, align: 'center', lineBreak: false });

  const module = 1.5;
  const barsWidth = code128Width(rma) * module;
  drawCode128(doc, rma, { x: x + (width - barsWidth) / 2, y: top + 72, module, height: 56 });

  const item = c.item ? `PN ${c.item.partNumber} · SN ${c.serialGiven ?? '-'}` : `SN ${c.serialGiven ?? '-'}`;
  doc
    .fillColor(INK)
    .font('Helvetica')
    .fontSize(11)
    .text(winAnsi(`Case ${c.ref} · Order ${c.orderNumber ?? '-'} · ${item}`), inner, top + 138, {
      width: innerWidth,
      align: 'center',
      height: 14,
      ellipsis: true,
      lineBreak: false,
    });
  doc
    .font('Helvetica-Bold')
    .fontSize(9)
    .text('SHIP TO', inner, top + 160, { width: innerWidth, lineBreak: false });
  addressBlock(doc, c, inner, top + 172, innerWidth, 10, 46);
  doc
    .fillColor(INK)
    .font('Helvetica-Bold')
    .fontSize(9)
    .text('Returns without a visible RMA number may not be processed.', inner, top + LABEL_HEIGHT - 20, {
      width: innerWidth,
      align: 'center',
      lineBreak: false,
    });
}
