// A flood of Discord events: at most DISCORD_MAX_IN_FLIGHT are worked on at once (DISCORD_MAX_PER_USER
// of one user). Interactions past the bound get an ephemeral "busy" at once and nothing is recorded
// for them; gateway messages wait in a queue of DISCORD_MAX_QUEUED and are all handled, and those past
// the queue are not taken, counted, and their senders asked to send them again.
import { afterEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../../src/service/desk.ts';
import { platformEventSeen } from '../../../src/store/caseStore.ts';
import type { FakeInteraction, FakeMember, Json } from '../../fakes/discord/fakeDiscord.ts';
import { ANA, BEN, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { TestDesk } from './discordDesk.ts';

const EPHEMERAL = 64;

function customer(n: number): FakeMember {
  return { user: { id: String(900_000_000_000_001_000n + BigInt(n)), username: `customer${n}` }, roles: [] };
}

/** The desk with its handling held until `release()`: the work in flight stays in flight. */
function heldDesk() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let handling = 0;
  const wrap = (desk: Desk): Desk => ({
    ...desk,
    handle: async (inbound) => {
      handling++;
      await held;
      return desk.handle(inbound);
    },
  });
  return { wrap, release, handling: () => handling };
}

const busyAnswer = (i: FakeInteraction) => i.callbacks.find((c) => c.type === 4 && ((c.data as Json).flags as number) & EPHEMERAL);

describe('Discord work under a flood', () => {
  let desk: TestDesk | null = null;
  afterEach(async () => {
    await desk?.close();
    desk = null;
  });

  it('answers interactions past the bound "busy" at once and records only the ones it took', async () => {
    const hold = heldDesk();
    desk = await TestDesk.start({}, { wrapDesk: hold.wrap, env: { DISCORD_MAX_IN_FLIGHT: '2', DISCORD_MAX_PER_USER: '1' } });
    const { fake } = desk;
    const first = fake.slashCommand(ANA, SUPPORT, 'list');
    await desk.waitFor('the first command in the desk', () => hold.handling() === 1);
    // Ana's second is past her own bound; Ben's fits; the rest are past the bound of two.
    const again = fake.slashCommand(ANA, SUPPORT, 'list');
    const ben = fake.slashCommand(BEN, SUPPORT, 'list');
    await desk.waitFor('Ben in the desk', () => hold.handling() === 2);
    const flood = Array.from({ length: 8 }, (_, i) => fake.slashCommand(customer(i), SUPPORT, 'list'));
    const shed = [again, ...flood];

    // Answered while the two taken are still held: nothing waits for them.
    await desk.waitFor('the busy answers', () => shed.every((i) => i.acked !== null));
    for (const i of shed) {
      expect(i.callbacks).toHaveLength(1);
      expect((busyAnswer(i)?.data as Json | undefined)?.content).toMatch(/very busy right now.*try again in a minute/);
    }
    expect([first, ben].map((i) => i.acked)).toEqual([5, 5]);
    expect(desk.discord!.load()).toMatchObject({ inFlight: 2, shed: { interactions: 9 } });
    expect(desk.logs.find((l) => /Discord is busy/.test(l.msg))).toMatchObject({ level: 40 });

    hold.release();
    await desk.discord!.idle();
    const db = desk.app.database.db;
    for (const i of [first, ben]) {
      expect(await platformEventSeen(db, 'discord', i.id)).toBe(true);
      expect(i.original?.content).not.toMatch(/busy/);
    }
    for (const i of shed) expect(await platformEventSeen(db, 'discord', i.id)).toBe(false);
    expect(hold.handling()).toBe(2);

    // With room again, the next one is taken.
    const later = fake.slashCommand(ANA, SUPPORT, 'list');
    await desk.waitFor('the later command answered', () => later.original?.content);
    await desk.discord!.idle();
    expect(busyAnswer(later)).toBeUndefined();
    expect(await platformEventSeen(db, 'discord', later.id)).toBe(true);
  });

  it('queues gateway messages past the bound and handles them all; past the queue it sheds, counts and asks to send again', async () => {
    const hold = heldDesk();
    desk = await TestDesk.start({}, { wrapDesk: hold.wrap, env: { DISCORD_MAX_IN_FLIGHT: '1', DISCORD_MAX_QUEUED: '3' } });
    const { fake } = desk;
    const writers = Array.from({ length: 6 }, (_, i) => customer(i));
    const first = fake.userMessage(writers[0]!, SUPPORT, 'Hello, my switch from order #100234 is dead');
    await desk.waitFor('the first message in the desk', () => hold.handling() === 1);
    // Three wait in the queue; the two after them do not fit.
    const messages = [first, ...writers.slice(1).map((w) => fake.userMessage(w, SUPPORT, 'Hello, my switch from order #100234 is dead'))];
    const queued = messages.slice(1, 4);
    const shed = messages.slice(4);

    const notices = await desk.waitFor('a busy notice to each shed message', () => {
      const found = fake.botMessagesIn(SUPPORT).filter((m) => /very busy right now/.test(m.content as string));
      return found.length === shed.length ? found : null;
    });
    expect(notices.map((n) => (n.message_reference as Json).message_id).sort()).toEqual(shed.map((m) => m.id).sort());
    expect(notices[0]!.content).toMatch(/this message was not recorded\. Please send it again in a minute/);
    expect(hold.handling()).toBe(1);
    expect(desk.discord!.load()).toMatchObject({ inFlight: 1, queued: 3, shed: { messages: 2, noticed: 2 } });

    hold.release();
    await desk.discord!.idle();
    const db = desk.app.database.db;
    for (const m of [first, ...queued]) expect(await platformEventSeen(db, 'discord', m.id as string)).toBe(true);
    for (const m of shed) expect(await platformEventSeen(db, 'discord', m.id as string)).toBe(false);
    // Each taken message opened its own case thread; the shed ones none.
    expect(fake.threadsOf(SUPPORT)).toHaveLength(4);
    const logged = desk.logs.filter((l) => /Discord is busy/.test(l.msg)).map((l) => (l.shed as { messages: number }).messages);
    expect(logged.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
  });

  it("bounds one member's work: another member's message goes first while theirs wait, and all are handled in order", async () => {
    const hold = heldDesk();
    desk = await TestDesk.start({}, { wrapDesk: hold.wrap, env: { DISCORD_MAX_IN_FLIGHT: '2', DISCORD_MAX_PER_USER: '1' } });
    const { fake } = desk;
    const first = fake.userMessage(ANA, SUPPORT, 'Hello, my switch from order #100234 is dead');
    await desk.waitFor("Ana's first message in the desk", () => hold.handling() === 1);
    // Ana is at her bound: her next ones wait, and Ben's takes the free place ahead of them.
    const waiting = ['It has no power', 'Not even the fan'].map((text) => fake.userMessage(ANA, SUPPORT, text));
    const ben = fake.userMessage(BEN, SUPPORT, 'Hello, my SFP from order #100234 is dead');
    await desk.waitFor("Ben's message in the desk while Ana's wait", () => hold.handling() === 2);
    expect(desk.discord!.load()).toMatchObject({ inFlight: 2, queued: 2, shed: { messages: 0 } });

    hold.release();
    await desk.discord!.idle();
    const db = desk.app.database.db;
    for (const m of [first, ben]) expect(await platformEventSeen(db, 'discord', m.id as string)).toBe(true);
    // Ana's waiting messages were taken after her first had opened the case, in the order she wrote them.
    const answers = fake
      .botMessagesIn(SUPPORT)
      .filter((m) => waiting.some((w) => w.id === (m.message_reference as Json | undefined)?.message_id));
    expect(answers.map((m) => (m.message_reference as Json).message_id)).toEqual(waiting.map((w) => w.id));
    for (const a of answers) expect(a.content).toMatch(/You already have an open claim/);
    expect(fake.botMessagesIn(SUPPORT).filter((m) => /very busy/.test(m.content as string))).toEqual([]);
  });
});
