// One simulated customer's whole case, as the events a chat platform would hand the service: a DOA
// claim from intake through files, troubleshooting, a request for more information, staff approval,
// a shipping cost, tracking, receipt and a refund. Twenty events, two of them reads (/rma show).
// Every customer has an order of their own, so cases never collide.
import type { OrderItem } from '../../src/case/types.ts';
import type { Inbound } from '../../src/service/messages.ts';

export const PLATFORM = 'bench';
export const STAFF = ['S1', 'S2', 'S3'] as const;
/** Claims are made ten days after delivery: inside the DOA window. */
export const DELIVERED_ON = '2026-11-10';
const CLAIM_DAY = Date.parse('2026-11-20T08:00:00Z');

/** Whether the event changes the case (a write transaction) or only reads it. */
export type StepKind = 'write' | 'read';

export interface ScriptStep {
  kind: StepKind;
  /** The inbound event, given the case reference the first step produced. */
  inbound(ref: string): Inbound;
}

export function customerId(run: string, index: number): string {
  return `U${run}${String(index).padStart(6, '0')}`;
}

export function orderNumberOf(index: number): string {
  return String(500_000 + index);
}

function serialOf(index: number): string {
  return `FNS${String(10_000_000 + index)}`;
}

/** The order item each customer claims for. */
export function orderFor(index: number): OrderItem {
  return {
    orderNumber: orderNumberOf(index),
    partNumber: 'SFP-10G-SR',
    serialNumber: serialOf(index),
    description: 'Cisco 10GBASE-SR SFP+',
    terms: 'standard',
    deliveredOn: DELIVERED_ON,
  };
}

/** A valid-looking UPS tracking number, different per customer. */
function trackingOf(index: number): string {
  return `1Z999AA1${String(index).padStart(10, '0')}`;
}

/**
 * The twenty events of customer `index` in run `run`, each with a platform event id of its own and a
 * clock that moves on a few minutes per event (days for the parcel).
 */
export function caseScript(run: string, index: number): ScriptStep[] {
  const user = customerId(run, index);
  const staff = STAFF[index % STAFF.length]!;
  const thread = `bench-thread-${run}-${index}`;
  const start = CLAIM_DAY + (index % 600) * 60_000;
  let step = 0;
  const event = (kind: StepKind, who: string, minutes: number, body: (ref: string) => Partial<Inbound>): ScriptStep => {
    const n = step++;
    const at = new Date(start + minutes * 60_000).toISOString();
    return {
      kind,
      inbound: (ref) => ({
        platform: PLATFORM,
        eventId: `ev-${run}-${index}-${n}`,
        at,
        user: who,
        staff: who === staff,
        thread,
        ...body(ref),
      }),
    };
  };
  const customer = (minutes: number, body: (ref: string) => Partial<Inbound>) => event('write', user, minutes, body);
  const desk = (minutes: number, body: (ref: string) => Partial<Inbound>) => event('write', staff, minutes, body);
  const file = (name: string, type: string, size: number) => ({ name, type, size, id: `F${index}-${name}` });
  const day = 24 * 60;
  return [
    customer(0, () => ({ text: `Hi, the SFP from order ${orderNumberOf(index)} has no link` })),
    customer(2, () => ({ text: `SN ${serialOf(index)}` })),
    customer(4, () => ({ files: [file('label.jpg', 'image/jpeg', 204_800)] })),
    customer(5, () => ({ files: [file('rack.jpg', 'image/jpeg', 512_000)] })),
    customer(7, () => ({ text: 'No light on the port, DOM shows Rx -40 dBm' })),
    customer(9, () => ({ text: 'here is the interface output', files: [file('show-interfaces.txt', 'text/plain', 4_096)] })),
    customer(15, () => ({ text: 'I cleaned both ends of the fibre and reseated the module' })),
    customer(16, (ref) => ({ action: 'still_failing', caseRef: ref })),
    event('read', staff, 60, (ref) => ({ command: `/rma show ${ref}` })),
    desk(62, (ref) => ({ command: `/rma info ${ref} Please send a photo of the DOM readings` })),
    customer(70, () => ({ text: 'DOM readings attached', files: [file('dom.png', 'image/png', 300_000)] })),
    desk(90, (ref) => ({ command: `/rma note ${ref} DOM confirms a dead laser` })),
    desk(92, (ref) => ({ action: 'approve', caseRef: ref })),
    desk(95, (ref) => ({ command: `/rma cost ${ref} 42.50 return shipping label` })),
    customer(day, () => ({ text: `tracking ${trackingOf(index)}` })),
    customer(3 * day, () => ({ text: 'Any news on my return?' })),
    desk(4 * day, (ref) => ({ command: `/rma received ${ref}` })),
    desk(4 * day + 30, (ref) => ({ command: `/rma note ${ref} inspected: no light output, laser dead` })),
    desk(4 * day + 40, (ref) => ({ command: `/rma resolve ${ref} refund` })),
    event('read', user, 4 * day + 60, (ref) => ({ command: `/rma show ${ref}` })),
  ];
}

export const EVENTS_PER_CASE = caseScript('x', 0).length;
