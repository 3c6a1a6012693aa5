// The one-page RMA document sent with the approval: the RMA number as text and as a Code 128 barcode,
// the claimed item, the return address and instructions, the shipping cost coverage (policy section 5),
// and a cut-out label for the outside of the box (policy section 4: the RMA clearly on the package).
import { createRequire } from 'node:module';
import type { CaseContext } from '../case/types.ts';
import { calendarDate } from '../policy/eligibility.ts';
import { formatDay, formatMoney } from '../i18n/format.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts';
import { hasReturnAddress as policyHasReturnAddress } from '../policy/policy.ts';
import { code128Width, drawCode128, QUIET_ZONE_MODULES } from './code128.ts';
import { DOCUMENT_WORDS, type DocumentWords } from './documentWords.ts';
import { winAnsi } from './winAnsi.ts';
import { approvedUnits, isMultiUnit } from '../case/units.ts';

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

function claimText(w: DocumentWords, c: CaseContext): string {
  // A claim for several units can hold DOA and warranty units: both are named.
  const kinds = new Set(approvedUnits(c).map((u) => u.kind));
  if (isMultiUnit(c) && kinds.has('doa') && kinds.has('warranty'))
    return [w.claimDoa(c.policy.doaDays), w.claimWarranty(c.policy.warrantyDays)].map((t) => t.split(/\s[(（]/)[0]).join(' + ');
  if (c.kind === 'doa') return w.claimDoa(c.policy.doaDays);
  if (c.kind === 'warranty') return w.claimWarranty(c.policy.warrantyDays);
  return w.claimApproved;
}

/**
 * The fonts a language prints with. The standard PDF fonts (WinAnsi) carry English, German, Spanish and
 * French; Chinese embeds Noto Sans SC (OFL, from the npm package), subset by pdfkit to the glyphs used.
 */
interface Fonts {
  regular: string;
  bold: string;
  italic: string;
  /** Text as the fonts can show it: WinAnsi for the standard fonts, as it is for Noto. */
  text: (value: string, options?: { keepLines?: boolean }) => string;
}

const STANDARD_FONTS: Fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', text: winAnsi };

function fontsFor(doc: PDFKit.PDFDocument, language: Language): Fonts {
  if (language !== 'zh') return STANDARD_FONTS;
  const require = createRequire(import.meta.url);
  doc.registerFont('Noto', require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
  doc.registerFont('Noto-Bold', require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'));
  return { regular: 'Noto', bold: 'Noto-Bold', italic: 'Noto', text: (value) => value };
}

/** Renders the RMA document of an approved case (one that has an RMA number) as a PDF. */
export async function renderRmaDocument(context: CaseContext, options: RmaDocumentOptions = {}): Promise<Buffer> {
  // Loaded on first use: pdfkit and its fonts take most of a second, which no other command should pay.
  const { default: PDFDocument } = await import('pdfkit');
  const rma = context.rma;
  if (!rma) throw new RmaDocumentError(`${context.ref} has no RMA number yet; approve it first`);
  const language = context.language ?? DEFAULT_LANGUAGE;
  const words = DOCUMENT_WORDS[language];
  const doc = new PDFDocument({
    size: options.size ?? 'A4',
    margin: MARGIN,
    // A fixed creation date keeps the bytes the same for the same case (pdfkit derives the file id from it).
    info: {
      Title: words.fileTitle(rma),
      Subject: words.subject(rma, context.ref),
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
  const page = { c: context, w: words, f: fontsFor(doc, language), language };
  drawPage(doc, page, rma, options);
  if (isMultiUnit(context)) drawUnits(doc, page, rma);
  doc.end();
  return done;
}

/** What a page is drawn from: the case, the words and fonts of its language. */
interface Page {
  c: CaseContext;
  w: DocumentWords;
  f: Fonts;
  language: Language;
}

function drawPage(doc: PDFKit.PDFDocument, page: Page, rma: string, options: RmaDocumentOptions): void {
  const { c, w, f } = page;
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const t = f.text;

  // Header: title, contact, the RMA number and its barcode.
  doc.fillColor(INK).font(f.bold).fontSize(15).text(t(w.title), left, MARGIN, { width, lineBreak: false });
  doc
    .fillColor(MUTED)
    .font(f.regular)
    .fontSize(9)
    .text(t(w.returnsDesk(c.policy.contactEmail)), left, MARGIN + 4, { width, align: 'right', lineBreak: false });
  doc
    .moveTo(left, MARGIN + 22)
    .lineTo(left + width, MARGIN + 22)
    .lineWidth(1)
    .strokeColor(INK)
    .stroke();

  const numberTop = MARGIN + 34;
  doc.fillColor(MUTED).font(f.regular).fontSize(9).text(t(w.rmaNumber), left, numberTop, { lineBreak: false });
  doc
    .fillColor(INK)
    .font(f.bold)
    .fontSize(30)
    .text(rma, left, numberTop + 12, { lineBreak: false });
  const module = 1.1;
  const barsWidth = code128Width(rma) * module;
  drawCode128(doc, rma, { x: left + width - QUIET_ZONE_MODULES * module - barsWidth, y: numberTop + 2, module, height: 44 });

  // The claimed item.
  let y = numberTop + 64;
  const rows: Array<[string, string]> = [
    [w.caseReference, c.ref],
    [w.order, c.orderNumber ?? '-'],
    ...(isMultiUnit(c)
      ? ([[w.partNumber, w.unitsRow(approvedUnits(c).length)]] as Array<[string, string]>)
      : ([
          [w.partNumber, c.item?.partNumber ?? '-'],
          [w.description, c.item?.description || '-'],
          // The customer's copy names only the serial they typed, never the one our records hold.
          [w.serialNumber, c.serialGiven ?? '-'],
        ] as Array<[string, string]>)),
    [w.claim, claimText(w, c)],
  ];
  if (options.issuedAt) rows.push([w.issued, formatDay(page.language, calendarDate(options.issuedAt, c.policy.timeZone).toString())]);
  for (const [label, value] of rows) {
    doc.fillColor(MUTED).font(f.regular).fontSize(10).text(t(label), left, y, { width: 110, lineBreak: false });
    doc
      .fillColor(INK)
      .font(f.bold)
      .fontSize(10)
      .text(t(value), left + 115, y, { width: width - 115, height: 12, ellipsis: true, lineBreak: false });
    y += 15;
  }

  // Return address: the seller's, or lines to write the one staff gave when none is configured.
  y += 10;
  y = heading(doc, f, t(w.shipTo), left, y, width);
  y = addressBlock(doc, page, left, y, width, 11, 44);

  y += 10;
  y = heading(doc, f, t(w.howToReturn), left, y, width);
  const steps = w.steps(rma);
  doc.fillColor(INK).font(f.regular).fontSize(10);
  steps.forEach((step, i) => {
    doc.text(`${i + 1}.`, left, y, { width: 14, lineBreak: false });
    doc.text(t(step), left + 14, y, { width: width - 14 });
    y = doc.y + 2;
  });

  y += 8;
  y = heading(doc, f, t(w.shippingCosts), left, y, width);
  // A no-break space keeps the amount on one line.
  const cap = formatMoney(page.language, c.policy.costCapCents).replace(/[ \u202f]/g, '\u00a0');
  doc
    .fillColor(INK)
    .font(f.regular)
    .fontSize(10)
    .text(t(w.costs(cap)), left, y, { width });
  y = doc.y + 6;
  doc
    .fillColor(MUTED)
    .fontSize(9)
    .text(t(w.questions(c.policy.contactEmail, c.ref, rma)), left, y, {
      width,
      lineBreak: false,
    });

  drawLabel(doc, page, rma, left, doc.page.height - MARGIN - LABEL_HEIGHT, width);
}

/**
 * A claim for several units: every approved unit with its part number and the serial the customer
 * typed, that serial as a Code 128 barcode for the receiving desk's scanner. More pages as needed.
 */
function drawUnits(doc: PDFKit.PDFDocument, page: Page, rma: string): void {
  const { c, w, f } = page;
  const t = f.text;
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const units = approvedUnits(c);
  const rowHeight = 46;
  const module = 1;
  let y = doc.page.height;
  for (const u of units) {
    if (y + rowHeight > doc.page.height - MARGIN) {
      doc.addPage();
      y = heading(doc, f, t(`${w.unitsTitle(units.length)} · ${rma}`), left, MARGIN, width);
      doc.fillColor(MUTED).font(f.regular).fontSize(9).text(t(w.unitsNote), left, y, { width });
      y = doc.y + 10;
    }
    const serial = u.serialGiven ?? '';
    doc
      .fillColor(INK)
      .font(f.bold)
      .fontSize(11)
      .text(t(w.unit(u.number)), left, y + 4, { width: 80, lineBreak: false });
    doc
      .font(f.regular)
      .fontSize(10)
      .text(t(u.item?.partNumber ?? '-'), left + 80, y + 4, { width: 150, lineBreak: false });
    doc.text(t(`${w.serialNumber}: ${serial || '-'}`), left + 80, y + 20, { width: 200, lineBreak: false });
    if (serial !== '' && /^[\x20-\x7e]+$/.test(serial)) {
      const barsWidth = code128Width(serial) * module;
      drawCode128(doc, serial, { x: left + width - QUIET_ZONE_MODULES * module - barsWidth, y: y + 2, module, height: 34 });
    }
    doc
      .moveTo(left, y + rowHeight - 4)
      .lineTo(left + width, y + rowHeight - 4)
      .lineWidth(0.5)
      .strokeColor(MUTED)
      .stroke();
    y += rowHeight;
  }
}

function heading(doc: PDFKit.PDFDocument, f: Fonts, title: string, x: number, y: number, width: number): number {
  doc.fillColor(INK).font(f.bold).fontSize(11).text(title, x, y, { width, lineBreak: false });
  return y + 15;
}

/**
 * Writes the return address within `maxHeight` points and returns the y below it. An address that does
 * not fit has its lines joined with commas, then a smaller font (down to 7 points), before anything is
 * cut: a cut address is a parcel that gets lost.
 */
function addressBlock(
  doc: PDFKit.PDFDocument,
  { c, w, f }: Page,
  x: number,
  y: number,
  width: number,
  size: number,
  maxHeight: number,
): number {
  if (hasReturnAddress(c)) {
    const lines = f
      .text(c.policy.returnAddress.trim(), { keepLines: true })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const fits = (text: string, points: number) => doc.fontSize(points).heightOfString(text, { width }) <= maxHeight;
    doc.font(f.regular);
    let address = lines.join('\n');
    let fitted = size;
    if (!fits(address, fitted)) address = lines.join(', ');
    while (fitted > 7 && !fits(address, fitted)) fitted -= 0.5;
    doc.fillColor(INK).fontSize(fitted).text(address, x, y, { width, height: maxHeight, ellipsis: true });
    return Math.min(doc.y, y + maxHeight) + 2;
  }
  doc.fillColor(MUTED).font(f.italic).fontSize(9).text(f.text(w.writeAddress), x, y, { width, lineBreak: false });
  doc.lineWidth(0.5).strokeColor(MUTED);
  for (let line = 1; line <= 2; line++)
    doc
      .moveTo(x, y + 12 + line * 15)
      .lineTo(x + width, y + 12 + line * 15)
      .stroke();
  return y + 12 + 2 * 15 + 6;
}

function drawLabel(doc: PDFKit.PDFDocument, page: Page, rma: string, x: number, top: number, width: number): void {
  const { c, w, f } = page;
  // The cut line is the label's own dashed border.
  doc
    .fillColor(MUTED)
    .font(f.regular)
    .fontSize(8)
    .text(f.text(w.cutHere), x, top - 12, {
      width,
      align: 'center',
      lineBreak: false,
    });
  doc.lineWidth(1).strokeColor(INK).dash(6, { space: 4 }).rect(x, top, width, LABEL_HEIGHT).stroke().undash();

  const inner = x + 16;
  const innerWidth = width - 32;
  doc
    .fillColor(INK)
    .font(f.bold)
    .fontSize(10)
    .text(f.text(w.authorizedReturn), inner, top + 14, { width: innerWidth, align: 'center', lineBreak: false });
  doc
    .font(f.bold)
    .fontSize(34)
    .text(rma, inner, top + 30, { width: innerWidth, align: 'center', lineBreak: false });

  const module = 1.5;
  const barsWidth = code128Width(rma) * module;
  drawCode128(doc, rma, { x: x + (width - barsWidth) / 2, y: top + 72, module, height: 56 });

  const item = isMultiUnit(c)
    ? w.unitsTitle(approvedUnits(c).length)
    : c.item
      ? `PN ${c.item.partNumber} · SN ${c.serialGiven ?? '-'}`
      : `SN ${c.serialGiven ?? '-'}`;
  doc
    .fillColor(INK)
    .font(f.regular)
    .fontSize(11)
    .text(f.text(w.labelLine(c.ref, c.orderNumber ?? '-', item)), inner, top + 138, {
      width: innerWidth,
      align: 'center',
      height: 14,
      ellipsis: true,
      lineBreak: false,
    });
  doc
    .font(f.bold)
    .fontSize(9)
    .text(f.text(w.labelShipTo), inner, top + 160, { width: innerWidth, lineBreak: false });
  addressBlock(doc, page, inner, top + 172, innerWidth, 10, 46);
  doc
    .fillColor(INK)
    .font(f.bold)
    .fontSize(9)
    .text(f.text(w.labelWarning), inner, top + LABEL_HEIGHT - 20, {
      width: innerWidth,
      align: 'center',
      lineBreak: false,
    });
}
