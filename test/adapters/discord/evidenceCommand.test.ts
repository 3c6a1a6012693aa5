// `/rma evidence` on Discord: a subcommand like the others; staff get the case's files privately, a
// customer gets a private refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evidenceOfCase } from '../../../src/store/evidenceStore.ts';
import { ANA, SAM, STAFF_CHANNEL } from '../../fakes/discord/fixtures.ts';
import { claimToReview, TestDesk } from './discordDesk.ts';
import { findCaseByRef } from '../../../src/store/caseStore.ts';

const EPHEMERAL = 64;

describe('/rma evidence on Discord', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await TestDesk.start();
  });
  afterEach(async () => {
    await desk.close();
  });

  it("answers staff with the case's files, queued from Discord's CDN links, and refuses the customer", async () => {
    const { fake } = desk;
    const { thread, ref } = await claimToReview(desk);
    const row = (await findCaseByRef(desk.app.database.db, ref))!;
    const queued = await evidenceOfCase(desk.app.database.db, row.id);
    expect(queued.map((e) => [e.platform, e.name, e.status, new URL(e.url).hostname])).toEqual([
      ['discord', 'label.jpg', 'pending', 'cdn.discordapp.com'],
      ['discord', 'rack.png', 'pending', 'cdn.discordapp.com'],
      ['discord', 'show-logging.txt', 'pending', 'cdn.discordapp.com'],
    ]);

    const staff = fake.slashCommand(SAM, STAFF_CHANNEL, 'evidence', { ref });
    await desk.waitFor('the listing', () => staff.original?.content);
    expect(staff.original!.flags).toBe(EPHEMERAL);
    const lines = String(staff.original!.content).split('\n');
    expect(lines[0]).toBe(`${ref}: 3 files in the evidence vault (3 pending)`);
    expect(lines.slice(1).map((l) => l.replace(/\\/g, ''))).toEqual([
      '1. label.jpg (serial-label photo): pending, not copied yet',
      '2. rack.png (installation photo): pending, not copied yet',
      '3. show-logging.txt (evidence): pending, not copied yet',
    ]);

    const customer = fake.slashCommand(ANA, thread, 'evidence', { ref });
    await desk.waitFor('the refusal', () => customer.original?.content);
    expect(customer.original).toMatchObject({ flags: EPHEMERAL, content: 'Only staff can use /rma evidence.' });
    expect(desk.problems()).toEqual([]);
  });
});
