import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { persistedSnapshot } from '../../src/case/snapshot.ts';
import { caseHistory } from '../../src/store/caseStore.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { findCaseByRef } from '../../src/store/caseStore.ts';

describe('a DOA claim through the case service', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('runs from intake to a refund with one audit row per event', async () => {
    const first = await app.send({ user: 'U1', text: 'My optic from order #100234 is dead', at: '2026-11-20T10:00:00Z' });
    expect(first.caseRef).toBe('C-1001');
    expect(first.messages.at(-1)).toMatchObject({ to: 'customer', user: 'U1', expects: 'serial_number' });
    expect(first.messages.map((m) => m.text).join('\n')).toMatch(/DOA/);
    await app.send({ user: 'U1', text: 'SN FNS17320ABC' });
    await app.send({
      user: 'U1',
      files: [
        { name: 'label.jpg', type: 'image/jpeg', size: 1000 },
        { name: 'rack.png', type: 'image/png', size: 2000 },
      ],
    });
    const fault = await app.send({
      user: 'U1',
      text: 'No light on the port, interface down',
      files: [{ name: 'log.txt', type: 'text/plain', size: 300 }],
    });
    expect(fault.messages.at(-1)).toMatchObject({
      expects: 'troubleshooting',
      actions: expect.arrayContaining([expect.objectContaining({ id: 'still_failing' })]),
    });
    const review = await app.send({ user: 'U1', action: 'still_failing', caseRef: 'C-1001' });
    expect(review.messages.find((m) => m.to === 'staff')?.actions.map((a) => a.id)).toEqual(['approve', 'deny', 'request_info']);
    const approved = await app.send({ user: 'S1', action: 'approve', caseRef: 'C-1001' });
    const instructions = approved.messages.find((m) => m.to === 'customer')!.text;
    expect(instructions).toMatch(/RMA-26-00001/);
    expect(instructions).toMatch(/outside of the package/);
    expect(instructions).toMatch(/Do not return anything without this RMA number/);
    await app.send({ user: 'U1', text: '1Z999AA10123456784' });
    await app.send({ user: 'S1', command: '/rma received C-1001' });
    const resolved = await app.send({ user: 'S1', command: '/rma resolve C-1001 refund' });
    expect(resolved.ok).toBe(true);

    const row = (await findCaseByRef(app.database.db, 'C-1001'))!;
    expect(row.state).toBe('resolved');
    const context = persistedSnapshot(row).context;
    expect(context).toMatchObject({ kind: 'doa', rma: 'RMA-26-00001', tracking: '1Z999AA10123456784', resolution: 'refund' });
    expect(context.serialPhoto?.name).toBe('label.jpg');
    expect(context.installPhoto?.name).toBe('rack.png');
    const history = await caseHistory(app.database.db, row.id);
    // The first message's words set the case's language (English), once.
    expect(context.language).toBe('en');
    expect(history.map((h) => h.type)).toEqual([
      'case.opened',
      'language.set',
      'order.provided',
      'serial.provided',
      'photo.serial',
      'photo.install',
      'fault.provided',
      'evidence.provided',
      'still_failing',
      'staff.approve',
      'tracking.provided',
      'staff.received',
      'staff.resolve',
    ]);
    expect(history.at(-1)).toMatchObject({ actorKind: 'staff', actorId: 'S1', stateBefore: 'inspection', stateAfter: 'resolved' });
  });
});
