// The case page's view of a real case: everything the page shows, read from the case, its audit trail,
// the outbox, the order table and the evidence vault.
import { describe, expect, it } from 'vitest';
import { sha256 } from '../evidence/evidenceCase.ts';
import { loadCaseView } from '../../src/web/caseView.ts';
import { approvedCase, minute, NOTE, REPLY } from './caseDriven.ts';
import { useVaultedApp } from './evidenceFixture.ts';

describe('the case view', () => {
  const fx = useVaultedApp();

  it('gathers an approved case: order, eligibility, files from the vault, the cost, the note, the messages and the trail', async () => {
    const { ref, label, rack, log } = await approvedCase(fx.app, fx.host, fx.vault);
    const view = (await loadCaseView(fx.app.database.db, ref))!;

    expect(view.summary).toMatchObject({ ref, state: 'awaiting_return', rma: 'RMA-26-00001', customer: 'U1', orderNumber: '100234' });
    expect(view.order).toMatchObject({
      number: '100234',
      onRecord: true,
      items: [{ partNumber: 'SFP-10G-SR', serialNumber: 'FNS17320ABC', deliveredOn: '2026-11-10', terms: 'standard' }],
      claimed: { serialNumber: 'FNS17320ABC' },
    });
    expect(view.eligibility).toEqual({
      outcome: 'eligible',
      kind: 'doa',
      deliveredOn: '2026-11-10',
      claimedOn: '2026-11-20',
      daysSinceDelivery: 10,
      windowDays: 14,
      windowEndsOn: '2026-11-24',
    });
    expect(view.decisions).toEqual({ approved: { rma: 'RMA-26-00001', by: 'S1', at: minute(7) }, denied: null });

    expect(view.evidence.map((e) => [e.name, e.purpose, e.type, e.size, e.sha256, e.status])).toEqual([
      ['sn.jpg', 'serial_photo', 'image/jpeg', label.length, sha256(label), 'stored'],
      ['rack.jpg', 'install_photo', 'image/jpeg', rack.length, sha256(rack), 'stored'],
      ['show log.txt', 'evidence', 'text/plain', log.length, sha256(log), 'stored'],
    ]);
    expect(view.otherFiles).toEqual([]);

    expect(view.costs).toMatchObject({
      capCents: 50_000,
      totalCents: 4_250,
      coveredCents: 4_250,
      pendingCents: 0,
      approvedCents: 0,
      approvals: [],
      lines: [{ label: 'return shipping', cents: 4_250, coveredCents: 4_250, by: 'S1', at: minute(8) }],
    });
    expect(view.notes).toEqual([{ at: minute(6), by: 'S1', text: NOTE }]);
    expect(view.flags).toEqual([]);

    // The audit trail, whole and in order, and the outbox of the case: the approval went with the RMA document.
    expect(view.historyComplete).toBe(true);
    expect(view.history.map((h) => h.type)).toEqual([
      'case.opened',
      'language.set',
      'order.provided',
      'serial.provided',
      'photo.serial',
      'photo.install',
      'fault.provided',
      'evidence.provided',
      'still_failing',
      'staff.note',
      'staff.approve',
      'staff.cost',
      'staff.reply',
    ]);
    const approval = view.messages.find((m) => m.to === 'customer' && m.attachment === 'rma_document');
    expect(approval).toMatchObject({ at: minute(7), user: 'U1', text: expect.stringContaining('RMA-26-00001') });
    expect(view.messages.filter((m) => m.to === 'customer' && m.text.includes(REPLY))).toHaveLength(1);
    expect(view.messages.find((m) => m.to === 'staff' && m.text.includes('recorded USD 42.50'))).toBeDefined();

    // The files in the trail point at their vault rows; no platform link is anywhere in the view.
    const photoRow = view.history.find((h) => h.type === 'photo.serial')!;
    expect(photoRow.data.file).toEqual({ name: 'sn.jpg', type: 'image/jpeg', size: label.length, evidenceId: view.evidence[0]!.id });
    expect(JSON.stringify(view)).not.toContain(fx.host.host);
  });

  it('finds the case however staff type its ref, and nothing for a case that does not exist', async () => {
    const ref = (await fx.app.send({ user: 'U1', text: 'order 100234 is dead', at: minute(0) })).caseRef!;
    expect((await loadCaseView(fx.app.database.db, ref.toLowerCase()))?.summary.ref).toBe(ref);
    expect((await loadCaseView(fx.app.database.db, ref.slice(2)))?.summary.ref).toBe(ref);
    expect(await loadCaseView(fx.app.database.db, 'C-9999')).toBeNull();
    expect(await loadCaseView(fx.app.database.db, '')).toBeNull();
  });

  it('keeps costs above the USD 500 cap apart until staff approve them in writing', async () => {
    const { ref } = await approvedCase(fx.app, fx.host, fx.vault, {
      costs: [
        ['450', 'return shipping'],
        ['170', 'duties'],
      ],
    });
    const before = (await loadCaseView(fx.app.database.db, ref))!;
    expect(before.costs).toMatchObject({ totalCents: 62_000, coveredCents: 50_000, pendingCents: 12_000, approvedCents: 0 });
    expect(before.costs.lines.map((l) => [l.coveredCents, l.pendingCents])).toEqual([
      [45_000, 0],
      [5_000, 12_000],
    ]);
    expect(before.flags.map((f) => f.code)).toEqual(['over_cost_cap']);

    await fx.app.send({ user: 'S2', command: `/rma approve-cost ${ref}`, at: minute(40) });
    const after = (await loadCaseView(fx.app.database.db, ref))!;
    expect(after.costs).toMatchObject({ totalCents: 62_000, coveredCents: 62_000, pendingCents: 0, approvedCents: 12_000 });
    expect(after.costs.approvals).toEqual([{ by: 'S2', at: minute(40) }]);
  });

  it('shows what the case knows before the order: no order record, eligibility not decided, files outside the vault', async () => {
    const ref = (await fx.app.send({ user: 'U1', text: 'my switch is broken', at: minute(0) })).caseRef!;
    await fx.app.send({ user: 'U1', files: [{ name: 'invoice.pdf', type: 'application/pdf', size: 2048 }], at: minute(1) });
    const view = (await loadCaseView(fx.app.database.db, ref))!;
    expect(view.order).toEqual({ number: null, items: [], onRecord: false, claimed: null });
    expect(view.eligibility).toEqual({ outcome: 'undecided', why: 'no_order' });
    expect(view.evidence).toEqual([]);
    expect(view.otherFiles).toMatchObject([{ name: 'invoice.pdf', type: 'application/pdf', size: 2048 }]);
  });
});
