// Random sequences of events, texts, commands and file metadata through the service: whatever comes,
// nothing throws to the platform, every case stays in a valid state and its audit trail matches it.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATES } from '../../src/case/caseState.ts';
import { LIMITS } from '../../src/chat/inputLimits.ts';
import { persistedSnapshot } from '../../src/case/snapshot.ts';
import type { Inbound } from '../../src/service/messages.ts';
import { caseHistory, listCases } from '../../src/store/caseStore.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

const users = fc.constantFrom('U1', 'U2', 'S1');
const refs = fc.constantFrom('C-1001', 'C-1002', 'C-1003', 'c-9', 'nonsense', "C-1001'; drop table cases;--");
const texts = fc.oneof(
  fc.constantFrom(
    'order 100234',
    'order 100310',
    '2',
    'FNS17320ABC',
    'still failing',
    'fixed',
    'cancel',
    '1Z999AA10123456784',
    'no link light, port dead',
    '<!channel> @everyone *bold*',
    "'; drop table cases; --",
    '\u0000\u202e',
  ),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constant('x'.repeat(LIMITS.textChars + 1)),
);
const files = fc.array(
  fc.record({
    name: fc.constantFrom('sn.jpg', 'rack.png', 'log.txt', 'a.exe', '../../etc/passwd', 'v.mp4', ''),
    type: fc.constantFrom('image/jpeg', 'image/png', 'text/plain', 'application/x-msdownload', 'video/mp4', ''),
    size: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constant(2 ** 31)),
  }),
  { maxLength: 12 },
);
const commands = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'approve',
        'deny',
        'info',
        'received',
        'resolve',
        'cost',
        'approve-cost',
        'note',
        'reopen',
        'cancel',
        'show',
        'list',
        'help',
        'bogus',
      ),
      refs,
      fc.constantFrom('', 'refund', '12.50 label', 'because', '-1 x', '99999999999999999999 x'),
    )
    .map(([c, r, rest]) => `/rma ${c} ${r} ${rest}`),
  fc.string({ maxLength: 50 }).map((s) => `/rma ${s}`),
);
const inbound: fc.Arbitrary<Omit<Inbound, 'platform' | 'at' | 'staff'>> = fc.oneof(
  fc.record({ user: users, text: texts }),
  fc.record({ user: users, text: texts, files }),
  fc.record({ user: users, command: commands }),
  fc.record({
    user: users,
    action: fc.constantFrom('fixed', 'still_failing', 'cancel', 'approve', 'deny', 'request_info', 'bogus'),
    caseRef: refs,
    actionText: fc.constantFrom(undefined, '', 'reason'),
  }),
  fc.record({ user: users, text: texts, eventId: fc.constantFrom('e1', 'e2', 'e3') }),
);

describe('hostile and broken input (property-based)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp({ staff: ['S1'] });
  });
  afterAll(async () => {
    await app.close();
  });

  it('never throws, keeps every case valid, and keeps the audit trail in step with the snapshot', async () => {
    let minute = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(inbound, { minLength: 1, maxLength: 12 }), async (events) => {
        for (const event of events) {
          const at = new Date(Date.UTC(2026, 10, 20, 10, minute++)).toISOString();
          const result = await app.service.handle({ platform: 'console', at, staff: app.staff.has(event.user), ...event });
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok)
            expect(result.messages).toEqual([expect.objectContaining({ private: true, user: event.user, text: result.error })]);
        }
        for (const row of await listCases(app.database.db, { state: 'all', limit: 1000 })) {
          expect(CASE_STATES).toContain(row.state);
          const snapshot = persistedSnapshot(row);
          const history = await caseHistory(app.database.db, row.id);
          expect(history[0]?.type).toBe('case.opened');
          // The last audit row ends where the case is, and the row version counts the changes.
          expect(history.at(-1)?.stateAfter).toBe(row.state);
          expect(new Set(history.map((h) => h.version)).size).toBe(row.version);
          expect(snapshot.context.ref).toBe(row.ref);
          if (['awaiting_return', 'in_transit', 'inspection'].includes(row.state)) expect(snapshot.context.rma).toMatch(/^RMA-\d\d-\d{5}$/);
        }
      }),
      { numRuns: 40, seed: 20261124 },
    );
  });
});
