// The conversation of a case as one list: what the customer sent, what the bot posted to them and what
// staff did, in time order, each event and each message once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEventEntry, CaseMessage } from '../../src/web/caseView.ts';
import { loadCaseView } from '../../src/web/caseView.ts';
import { transcriptOf, type TranscriptLine } from '../../src/web/transcript.ts';
import { approvedCase, FAULT, minute, NOTE, REPLY } from './caseDriven.ts';
import { useVaultedApp } from './evidenceFixture.ts';

/** Each audit row and outbox row the conversation stands for, as often as lines name it. */
function counted(lines: TranscriptLine[]) {
  return {
    audit: lines.flatMap((l) => l.auditIds).sort((a, b) => a - b),
    messages: lines.flatMap((l) => l.messageIds).sort((a, b) => a - b),
  };
}

describe('the transcript of a real case', () => {
  const fx = useVaultedApp();

  it('puts each message of the customer, the bot and staff in time order, each once', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault);
    // The customer writes again after the approval; the bot answers.
    await fx.app.send({ user: 'U1', text: 'thanks, where do I ship it?', at: minute(20) });
    const view = (await loadCaseView(fx.app.database.db, ref))!;
    const lines = transcriptOf(view);

    // Who spoke, minute by minute (the bot answers each customer message within its minute).
    const spoken = lines.map((l) => `${l.at.slice(14, 16)} ${l.from}`);
    expect(spoken.filter((s) => !s.endsWith('bot'))).toEqual([
      '00 customer',
      '01 customer',
      '02 customer',
      '03 customer',
      '04 customer',
      '05 customer',
      '06 staff',
      '07 staff',
      '08 staff',
      '09 staff',
      '20 customer',
    ]);
    expect(lines.map((l) => Date.parse(l.at))).toEqual(lines.map((l) => Date.parse(l.at)).sort((a, b) => a - b));
    // Every customer line comes before the bot's answer to it.
    for (const minuteOf of ['00', '01', '02', '03', '04', '05', '20']) {
      const inMinute = spoken.filter((s) => s.startsWith(minuteOf));
      expect(inMinute[0]).toBe(`${minuteOf} customer`);
      expect(inMinute.slice(1).every((s) => s.endsWith('bot'))).toBe(true);
    }

    // What the customer sent: what was taken from a message, their words, their files.
    const customer = lines.filter((l) => l.from === 'customer');
    expect(customer[0]).toMatchObject({ who: 'Customer U1', text: '', details: ['opened the case', 'order number 100234'] });
    expect(customer[1]).toMatchObject({ text: '', details: ['serial number FNS17320ABC'] });
    expect(customer[2]!.files.map((f) => f.name)).toEqual(['sn.jpg', 'rack.jpg']);
    expect(customer[2]!.details).toEqual(['serial-label photo', 'installation photo']);
    expect(customer[3]).toMatchObject({ text: FAULT, details: ['fault description'] });
    expect(customer[4]!.files.map((f) => [f.name, f.evidenceId !== null])).toEqual([['show log.txt', true]]);
    expect(customer[5]!.details).toEqual(['still failing after the checks']);
    expect(customer[6]).toMatchObject({ text: 'thanks, where do I ship it?' });

    // Staff: the note is staff only; the reply is one line, the staffer's, delivered by the bot.
    const staff = lines.filter((l) => l.from === 'staff');
    expect(staff.map((l) => [l.who, l.text, l.staffOnly])).toEqual([
      ['Staff S1', NOTE, true],
      ['Staff S1', '', true],
      ['Staff S1', '', true],
      ['Staff S1', REPLY, false],
    ]);
    expect(staff[1]!.details).toEqual(['approved the claim; RMA number RMA-26-00001']);
    expect(staff[2]!.details).toEqual(['recorded a cost: USD 42.50 for return shipping']);
    expect(staff[3]!.messageIds).toHaveLength(1);
    expect(lines.filter((l) => l.text.includes(REPLY))).toHaveLength(1);
    // The approval: the staffer's decision, then the bot's instructions with the RMA document.
    const approvalAt = lines.findIndex((l) => l.details.includes('with the RMA document (PDF)'));
    expect(lines[approvalAt - 1]).toBe(staff[1]);

    // Nothing lost, nothing twice: every customer and staff event, every message to the customer.
    const conversationRows = view.history.filter((h) => h.actorKind !== 'system').map((h) => h.id);
    const toCustomer = view.messages.filter((m) => m.to === 'customer').map((m) => m.id);
    expect(counted(lines)).toEqual({ audit: conversationRows, messages: toCustomer });
    // The staff channel's posts are not part of the conversation.
    const staffPosts = view.messages.filter((m) => m.to === 'staff').map((m) => m.id);
    expect(lines.flatMap((l) => l.messageIds).filter((id) => staffPosts.includes(id))).toEqual([]);
  });
});

// --- the same rules on made-up trails ----------------------------------------------------------------

let nextId = 1;
function row(version: number, at: string, actorKind: string, type: string, data: Record<string, unknown> = {}): CaseEventEntry {
  return {
    id: nextId++,
    at,
    actorKind,
    actorId: actorKind === 'staff' ? 'S1' : 'U1',
    type,
    data,
    stateBefore: 'intake',
    stateAfter: 'intake',
    version,
  };
}
/** `version`: the case version its write made, as rows note it now (null: a row from before they did). */
function message(id: number, at: string, text: string, to: 'customer' | 'staff' = 'customer', version: number | null = null): CaseMessage {
  return {
    id,
    version,
    at,
    to,
    user: to === 'customer' ? 'U1' : null,
    text,
    attachment: null,
    deliveredAt: at,
    attempts: 1,
    lastError: null,
  };
}

describe('transcriptOf', () => {
  it('orders by time even when an event was recorded after a later one (a platform delivered it late)', () => {
    nextId = 1;
    const history = [
      row(1, '2026-11-20T10:00:00.000Z', 'customer', 'case.opened'),
      row(1, '2026-11-20T10:00:00.000Z', 'customer', 'customer.said', { text: 'hello' }),
      row(2, '2026-11-20T10:05:00.000Z', 'staff', 'staff.reply', { text: 'hi, which order?', posted: true }),
      // Written after the staff reply, sent before it.
      row(3, '2026-11-20T10:04:00.000Z', 'customer', 'customer.said', { text: 'it is order 100234' }),
    ];
    const messages = [
      message(1, '2026-11-20T10:00:00.000Z', 'What is your order number?'),
      message(2, '2026-11-20T10:04:00.000Z', 'Thanks.'),
    ];
    const lines = transcriptOf({ history, messages });
    expect(lines.map((l) => `${l.from}: ${l.text}`)).toEqual([
      'customer: hello',
      'bot: What is your order number?',
      'customer: it is order 100234',
      'bot: Thanks.',
      'staff: hi, which order?',
    ]);
  });

  it('places each answer after the message it answers when two writes share one instant (by the case version)', () => {
    nextId = 1;
    const at = '2026-11-20T10:00:00.000Z';
    const history = [
      row(1, at, 'customer', 'customer.said', { text: 'first' }),
      row(2, at, 'customer', 'customer.said', { text: 'second' }),
    ];
    const answers = (version: (v: number) => number | null) => [
      message(1, at, 'answer to first', 'customer', version(1)),
      message(2, at, 'answer to second', 'customer', version(2)),
    ];
    const texts = (messages: CaseMessage[]) => transcriptOf({ history, messages }).map((l) => l.text);
    expect(texts(answers((v) => v))).toEqual(['first', 'answer to first', 'second', 'answer to second']);
    // Rows from before the version was noted: by time only, so both answers go with the first write.
    expect(texts(answers(() => null))).toEqual(['first', 'answer to first', 'answer to second', 'second']);
  });

  it('keeps words said twice in one message once, and a line for a message with nothing the case could use', () => {
    nextId = 1;
    const history = [
      row(1, '2026-11-20T10:00:00.000Z', 'customer', 'customer.human', { text: 'order 100234, get me a human' }),
      row(1, '2026-11-20T10:00:00.000Z', 'customer', 'order.provided', { number: '100234', items: [{ partNumber: 'SFP-10G-SR' }] }),
      row(2, '2026-11-20T10:01:00.000Z', 'customer', 'keep', { silent: true }),
    ];
    const lines = transcriptOf({ history, messages: [] });
    expect(lines.map((l) => [l.text, l.details])).toEqual([
      ['order 100234, get me a human', ['asked for a person', 'order number 100234']],
      ['', []],
    ]);
  });

  it('folds a staff reply into the message the bot posted with it, and keeps it apart when the bot posted none', () => {
    nextId = 1;
    const history = [
      row(1, '2026-11-20T10:00:00.000Z', 'staff', 'staff.reply', { text: 'We will call you.', posted: false }),
      row(2, '2026-11-20T10:01:00.000Z', 'staff', 'staff.reply', { text: 'Sent from the thread.', posted: true }),
    ];
    const messages = [
      message(7, '2026-11-20T10:00:00.000Z', 'Message from our staff about C-1001:\nWe will call you.'),
      message(8, '2026-11-20T10:00:00.000Z', 'Reply sent to U1 on C-1001.', 'staff'),
    ];
    const lines = transcriptOf({ history, messages });
    expect(lines.map((l) => [l.from, l.text, l.messageIds])).toEqual([
      ['staff', 'We will call you.', [7]],
      ['staff', 'Sent from the thread.', []],
    ]);
  });

  it('names every customer and staff event and every message to the customer exactly once, in time order', () => {
    const minuteAt = (m: number) => new Date(Date.UTC(2026, 10, 20, 10, m)).toISOString();
    const writeArb = fc.record({
      actor: fc.constantFrom('customer', 'staff', 'system'),
      minute: fc.integer({ min: 0, max: 30 }),
      events: fc.integer({ min: 1, max: 3 }),
      replies: fc.integer({ min: 0, max: 2 }),
      staffPosts: fc.integer({ min: 0, max: 1 }),
    });
    fc.assert(
      fc.property(fc.array(writeArb, { minLength: 0, maxLength: 12 }), (writes) => {
        nextId = 1;
        let messageId = 1;
        const history: CaseEventEntry[] = [];
        const messages: CaseMessage[] = [];
        writes.forEach((w, i) => {
          const at = minuteAt(w.minute);
          for (let e = 0; e < w.events; e++) {
            const type = w.actor === 'customer' ? 'customer.said' : w.actor === 'staff' ? 'staff.note' : 'timer.fired';
            history.push(row(i + 1, at, w.actor, type, { text: `w${i}e${e}` }));
          }
          for (let r = 0; r < w.replies; r++) messages.push(message(messageId++, at, `reply ${i}.${r}`));
          for (let s = 0; s < w.staffPosts; s++) messages.push(message(messageId++, at, `staff ${i}.${s}`, 'staff'));
        });
        const lines = transcriptOf({ history, messages });
        const expected = {
          audit: history.filter((h) => h.actorKind !== 'system').map((h) => h.id),
          messages: messages.filter((m) => m.to === 'customer').map((m) => m.id),
        };
        expect(counted(lines)).toEqual(expected);
        const times = lines.map((l) => Date.parse(l.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
        // A customer's message comes before the bot's answers to it (written with it, at its time).
        writes.forEach((w, i) => {
          if (w.actor !== 'customer' || w.replies === 0) return;
          const said = lines.findIndex((l) => l.text.startsWith(`w${i}e0`));
          const answered = lines.findIndex((l) => l.text === `reply ${i}.0`);
          const sameTimeEarlier = writes.slice(0, i).some((v) => v.minute === w.minute);
          if (!sameTimeEarlier) expect(said).toBeLessThan(answered);
        });
      }),
      { numRuns: 300 },
    );
  });
});
