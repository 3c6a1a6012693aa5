// Issue 5, concurrency: two bot processes against one PostgreSQL serve the same support channel.
// Every event reaches both (as Slack retries a slow ack at another instance behind a load
// balancer): each must be handled once. Two staff pressing Approve at the same moment, on different
// processes, must yield one RMA number.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BotProcess, type Reply } from './botHarness.ts';
import { caseLookup, type CaseLookup } from './caseLookup.ts';
import { driveClaims, newCounts, untilAcked, type Ack } from './claimDriver.ts';
import { APPROVE_STEP, CLAIM_STEPS, secondApprove, type ScriptEvent } from './claimScript.ts';
import { createScratchDatabase, faultTestsEnabled, suiteName, type ScratchDatabase } from './faultEnv.ts';
import { printFigures } from './faultFigures.ts';
import { prepareFaultDatabase } from './referenceClaim.ts';
import { checkRun, expectCleanRun, waitForDrain } from './runCheck.ts';

const CUSTOMERS = 10;

describe.skipIf(!faultTestsEnabled)(suiteName('two bot processes on one PostgreSQL'), () => {
  const databases: ScratchDatabase[] = [];
  const bots: BotProcess[] = [];
  let lookup: CaseLookup | null = null;
  let dir: string | null = null;

  afterAll(async () => {
    for (const bot of bots) await bot.kill();
    await lookup?.close();
    for (const db of databases) await db.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every event delivered to both is handled once; simultaneous Approve presses give one RMA number', async () => {
    const deadline = Date.now() + 60_000;
    dir = mkdtempSync(join(tmpdir(), 'rma-two-'));
    const db = await createScratchDatabase();
    databases.push(db);
    const databaseUrl = db.url;
    const expected = await prepareFaultDatabase(databaseUrl);
    lookup = caseLookup(databaseUrl, deadline);
    const deliveryLog = join(dir, 'deliveries.log');
    // A lease longer than any delivery pass: the two relays must share the rows, not race for them.
    const [a, b] = await Promise.all(
      ['A', 'B'].map((name) => BotProcess.start({ name, databaseUrl, deliveryLog, leaseMs: 15_000, pollMs: 200 })),
    );
    bots.push(a!, b!);
    const pair = [a!, b!] as const;

    const loadStart = Date.now();
    const counts = newCounts();
    const acked = new Set<string>();
    /** Per event: how many processes handled it (an ack that is not a duplicate). */
    const handledBy = new Map<string, string[]>();
    const approvals: Array<{ ref: string; winners: number; refusals: string[] }> = [];
    // Nothing kills these processes: a reply `gone` means one died by itself.
    const ask = (bot: BotProcess, event: ScriptEvent) => async (): Promise<Reply> => {
      const reply = await bot.request(event);
      if (reply.kind === 'gone') throw new Error(`${bot.name} died (${bot.exitedWith}):\n${bot.stderrTail()}`);
      return reply;
    };
    const record = (eventId: string, bot: BotProcess, ack: Ack) => {
      acked.add(eventId);
      if (!ack.duplicate) handledBy.set(eventId, [...(handledBy.get(eventId) ?? []), bot.name]);
      return ack;
    };

    await driveClaims({
      tag: 'two',
      customers: CUSTOMERS,
      counts,
      deadline,
      send: async (event, index, step) => {
        if (step === APPROVE_STEP) {
          // S1 on one process, S2 on the other, at the same moment; which one is which alternates.
          const second = secondApprove('two', index, event.case!);
          counts.events++;
          const [first, other] = index % 2 === 0 ? pair : ([pair[1], pair[0]] as const);
          const acks = await Promise.all([
            untilAcked(ask(first, event), counts, deadline).then((ack) => record(event.event_id, first, ack)),
            untilAcked(ask(other, second), counts, deadline).then((ack) => record(second.event_id, other, ack)),
          ]);
          approvals.push({
            ref: event.case!,
            winners: acks.filter((x) => x.ok).length,
            refusals: acks.filter((x) => !x.ok).map((x) => x.error ?? ''),
          });
          return acks[0];
        }
        // The same delivery to both processes at once.
        const acks = await Promise.all(
          pair.map((bot) => untilAcked(ask(bot, event), counts, deadline).then((ack) => record(event.event_id, bot, ack))),
        );
        return acks.find((x) => !x.duplicate) ?? acks[0]!;
      },
      resolveRef: (customer) => lookup!.refOf(customer),
    });
    const pending = await waitForDrain(databaseUrl, deadline);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    for (const bot of bots) await bot.stop();

    const result = await checkRun({ databaseUrl, tag: 'two', customers: CUSTOMERS, expected, acked, deliveryLog });
    const handledTwice = [...handledBy].filter(([, by]) => by.length > 1).map(([id, by]) => `${id} by ${by.join('+')}`);
    const notHandled = [...acked].filter((id) => !handledBy.has(id));
    const split = { A: 0, B: 0 };
    for (const [, by] of handledBy) for (const name of by) split[name as 'A' | 'B']++;
    printFigures('two bot processes, every event to both', {
      eventsSent: counts.events,
      deliveries: counts.deliveries,
      faults: `${CUSTOMERS} Approve races + ${counts.events - CUSTOMERS * 2} events delivered to both processes`,
      lost: result.lost.length + notHandled.length,
      duplicates: result.duplicated.length + handledTwice.length,
      seconds: loadSeconds,
      extra: `handled by A ${split.A}, by B ${split.B}; RMA numbers ${result.rmaNumbers} for ${result.cases} cases; outbox rows ${result.outboxRows}, posted twice ${result.extraPosts}`,
    });
    expect(counts.events).toBe(CUSTOMERS * (CLAIM_STEPS.length + 1));
    expect(handledTwice).toEqual([]);
    expect(notHandled).toEqual([]);
    for (const approval of approvals) {
      expect(approval.winners, `${approval.ref}: approvals that went through`).toBe(1);
      expect(approval.refusals[0]).toMatch(/already approved \(RMA-26-\d{5}\)/);
    }
    expectCleanRun(result, CUSTOMERS, pending);
    expect(result.extraPosts).toBe(0);
  }, 90_000);

  it('two processes started at the same moment on a new database both come up (the migrations do not race)', async () => {
    const db = await createScratchDatabase();
    databases.push(db);
    dir ??= mkdtempSync(join(tmpdir(), 'rma-two-'));
    // Both load their modules, then open the database at the same instant, as two replicas of a
    // deployment do when they are rolled out together.
    const openAt = Date.now() + 8_000;
    const started = await Promise.allSettled(
      ['C', 'D'].map((name) =>
        BotProcess.start({ name, databaseUrl: db.url, deliveryLog: join(dir!, 'start.log'), openAt }).then((bot) => (bots.push(bot), bot)),
      ),
    );
    const failures = started.flatMap((s) =>
      s.status === 'rejected'
        ? [
            String((s.reason as Error).message)
              .split('\n')
              .slice(0, 12)
              .join('\n'),
          ]
        : [],
    );
    printFigures('two processes started at once on an empty database', {
      eventsSent: 0,
      deliveries: 0,
      faults: '1 (simultaneous first start: both run the migrations)',
      lost: 'n/a',
      duplicates: 'n/a',
      extra: `processes up ${started.length - failures.length} of ${started.length}`,
    });
    expect(failures).toEqual([]);
  }, 60_000);
});
