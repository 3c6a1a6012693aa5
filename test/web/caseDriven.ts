// A real case for the case-page tests, driven through the case service minute by minute: a DOA claim
// on order 100234 with a serial-label photo, an installation photo and a log copied into the evidence
// vault from a loopback file host, then a staff note, the approval, a shipping cost and a reply.
import type { OpenBackend } from '../evidence/backends.ts';
import { consoleSource, file, harness, photo } from '../evidence/evidenceCase.ts';
import type { FakeFileHost } from '../evidence/fakeFileHost.ts';
import type { TestApp } from '../support/testApp.ts';

export interface DrivenCase {
  ref: string;
  label: Buffer;
  rack: Buffer;
  log: Buffer;
}

/** `2026-11-20T10:MM:00.000Z`. */
export const minute = (m: number): string => `2026-11-20T10:${String(m).padStart(2, '0')}:00.000Z`;

export const FAULT = 'no link light at all on the port';
export const NOTE = 'called the customer: the unit sits in a lab rack';
export const REPLY = 'Please use the box it came in.';

export async function approvedCase(
  app: TestApp,
  host: FakeFileHost,
  vault: OpenBackend,
  options: {
    fault?: string;
    costs?: Array<[string, string]>;
    /** The customer (another one for a second case in the same app). */
    user?: string;
    /** Stop in review, before the approval (no costs, no reply). */
    review?: boolean;
  } = {},
): Promise<DrivenCase> {
  const user = options.user ?? 'U1';
  const label = await photo(40);
  const rack = await photo(120);
  const log = Buffer.from('%LINK-3-UPDOWN: Interface Te1/1/1, changed state to down\n');
  const opened = await app.send({ user, text: 'order 100234 is dead', at: minute(0) });
  const ref = opened.caseRef!;
  await app.send({ user, text: 'FNS17320ABC', at: minute(1) });
  await app.send({
    user,
    at: minute(2),
    files: [
      file('F1', 'sn.jpg', 'image/jpeg', host.serve(`/${ref}/F1/sn.jpg`, { body: label, contentType: 'image/jpeg' }), label.length),
      file('F2', 'rack.jpg', 'image/jpeg', host.serve(`/${ref}/F2/rack.jpg`, { body: rack, contentType: 'image/jpeg' }), rack.length),
    ],
  });
  await app.send({ user, text: options.fault ?? FAULT, at: minute(3) });
  await app.send({
    user,
    at: minute(4),
    files: [
      file('F3', 'show log.txt', 'text/plain', host.serve(`/${ref}/F3/log.txt`, { body: log, contentType: 'text/plain' }), log.length),
    ],
  });
  await app.send({ user, action: 'still_failing', caseRef: ref, at: minute(5) });
  await app.send({ user: 'S1', command: `/rma note ${ref} ${NOTE}`, at: minute(6) });
  if (options.review) {
    await harness(app, vault.store, consoleSource(host)).run(minute(30));
    return { ref, label, rack, log };
  }
  const approved = await app.send({ user: 'S1', command: `/rma approve ${ref}`, at: minute(7) });
  if (!approved.ok) throw new Error(`approval refused: ${approved.error}`);
  let m = 8;
  for (const [amount, label] of options.costs ?? [['42.50', 'return shipping']]) {
    const cost = await app.send({ user: 'S1', command: `/rma cost ${ref} ${amount} ${label}`, at: minute(m++) });
    if (!cost.ok) throw new Error(`cost refused: ${cost.error}`);
  }
  await app.send({ user: 'S1', command: `/rma reply ${ref} ${REPLY}`, at: minute(m++) });
  await harness(app, vault.store, consoleSource(host)).run(minute(30));
  return { ref, label, rack, log };
}
