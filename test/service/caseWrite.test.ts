// The one-statement case write: what a replay, a race, a file and the timers leave in the database.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseHistory, findCaseByRef } from '../../src/store/caseStore.ts';
import { writeCase } from '../../src/store/caseWrite.ts';
import { evidenceOfCase } from '../../src/store/evidenceStore.ts';
import { pendingOutbox } from '../../src/store/outboxStore.ts';
import { rowsOf, runStatement } from '../../src/store/rawStatement.ts';
import { pendingTimers } from '../../src/store/timerStore.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

describe('a case change written in one statement', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  const opened = async () => {
    const first = await app.send({ user: 'U1', text: 'order 100234 the optic shows no light', at: '2026-11-20T10:00:00Z', eventId: 'e0' });
    return (await findCaseByRef(app.database.db, first.caseRef!))!;
  };

  it('records a replayed message once: no second audit row, no second answer', async () => {
    const row = await opened();
    const first = await app.send({ user: 'U1', text: 'FNS17320ABC', eventId: 'e1' });
    expect(first.messages.length).toBeGreaterThan(0);
    const history = await caseHistory(app.database.db, row.id);
    const outbox = await pendingOutbox(app.database.db);
    const again = await app.send({ user: 'U1', text: 'FNS17320ABC', eventId: 'e1' });
    expect(again).toMatchObject({ ok: true, duplicate: true, messages: [] });
    expect(await caseHistory(app.database.db, row.id)).toHaveLength(history.length);
    expect(await pendingOutbox(app.database.db)).toHaveLength(outbox.length);
    expect((await findCaseByRef(app.database.db, row.ref))!.version).toBe(row.version + 1);
  });

  it('records both of two staff notes sent at the same moment, one version each', async () => {
    const row = await opened();
    const results = await Promise.all(
      ['first note', 'second note', 'third note'].map((text, i) =>
        app.send({ user: `S${(i % 2) + 1}`, command: `/rma note ${row.ref} ${text}`, eventId: `n${i}` }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const history = await caseHistory(app.database.db, row.id);
    const notes = history.filter((h) => h.type === 'staff.note');
    expect(notes.map((n) => (n.data as { text: string }).text).sort()).toEqual(['first note', 'second note', 'third note']);
    // Each note is its own version of the case: none overwrote another.
    expect(notes.map((n) => n.version).sort()).toEqual([row.version + 1, row.version + 2, row.version + 3]);
    expect((await findCaseByRef(app.database.db, row.ref))!.version).toBe(row.version + 3);
  });

  it('writes nothing, not even the event id, when the case moved on since it was read', async () => {
    const row = await opened();
    await app.send({ user: 'S1', command: `/rma note ${row.ref} moved on` });
    const history = await caseHistory(app.database.db, row.id);
    const stale = await writeCase(app.database.db, {
      target: { kind: 'update', id: row.id, version: row.version },
      values: { ...row, state: 'closed' },
      claim: { platform: 'console', eventId: 'stale' },
      audit: [
        { at: row.updatedAt, actorKind: 'staff', actorId: 'S1', type: 'staff.note', data: {}, stateBefore: 'intake', stateAfter: 'intake' },
      ],
      timers: [],
      files: [],
      outbox: { platform: 'console', createdAt: row.updatedAt, payloads: [{ text: 'never sent' }] },
    });
    expect(stale).toEqual({ written: false, conflict: true });
    expect(await caseHistory(app.database.db, row.id)).toHaveLength(history.length);
    expect((await findCaseByRef(app.database.db, row.ref))!.state).toBe('intake');
    expect((await pendingOutbox(app.database.db)).some((o) => JSON.stringify(o.payload).includes('never sent'))).toBe(false);
    // The event id was not taken: its real delivery is still processed.
    const later = await app.send({ user: 'S1', command: `/rma note ${row.ref} after all`, eventId: 'stale' });
    expect(later.duplicate).toBeUndefined();
    expect(later.ok).toBe(true);
  });

  it('keeps the timers through a change that does not move them, and moves them when it does', async () => {
    const row = await opened();
    const atOpening = await pendingTimers(app.database.db, row.id);
    expect(atOpening.map((t) => t.kind).sort()).toContain('intake_reminder');
    // A staff note changes nothing the timers count from.
    await app.send({ user: 'S1', command: `/rma note ${row.ref} looking`, at: '2026-11-20T11:00:00Z' });
    expect(await pendingTimers(app.database.db, row.id)).toEqual(atOpening);
    // A customer message a day later moves the intake reminder a day on.
    await app.send({ user: 'U1', text: 'FNS17320ABC', at: '2026-11-21T10:00:00Z' });
    const moved = await pendingTimers(app.database.db, row.id);
    const reminder = moved.find((t) => t.kind === 'intake_reminder')!;
    expect(reminder.dueAt).toBe('2026-11-23T10:00:00.000Z');
    expect(moved.filter((t) => t.kind === 'intake_reminder')).toHaveLength(1);
  });

  it('stores each file as an attachment and queues the linked ones for the evidence vault, in order', async () => {
    const row = await opened();
    await app.send({ user: 'U1', text: 'FNS17320ABC' });
    await app.send({
      user: 'U1',
      files: [
        { name: 'label.jpg', type: 'image/jpeg', size: 1000, id: 'F1', url: 'https://files.example/label.jpg' },
        { name: 'notes.txt', type: 'text/plain', size: 20, id: 'F2' },
      ],
    });
    const evidence = await evidenceOfCase(app.database.db, row.id);
    expect(evidence.map((e) => [e.name, e.url, e.purpose, e.status])).toEqual([
      ['label.jpg', 'https://files.example/label.jpg', 'serial_photo', 'pending'],
    ]);
    const rows = rowsOf(
      await app.database.db.execute(sql`select id, name, purpose from attachments where case_id = ${row.id} order by id`),
    );
    expect(rows.map((r) => r.name)).toEqual(['label.jpg', 'notes.txt']);
    expect(evidence[0]!.attachmentId).toBe(rows[0]!.id);
  });
});

describe('statements inside a transaction', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it("run on the transaction's own connection, prepared once there on PostgreSQL, and roll back with it", async () => {
    const statement = {
      name: 'rma_test_tx_statement',
      text: 'insert into processed_events (platform, event_id) values ($1::text, $2::text) returning event_id',
    };
    const failed = app.database.db.transaction(async (tx) => {
      const [row] = await runStatement(tx, statement, ['test', 'inside']);
      expect(row?.event_id).toBe('inside');
      if (app.database.kind === 'postgres') {
        // Named on this connection: PostgreSQL does not parse and plan it again on the next event.
        const prepared = rowsOf(await tx.execute(sql`select name from pg_prepared_statements where name = ${statement.name}`));
        expect(prepared).toHaveLength(1);
      }
      throw new Error('roll back');
    });
    await expect(failed).rejects.toThrow('roll back');
    const left = rowsOf(await app.database.db.execute(sql`select event_id from processed_events where platform = 'test'`));
    expect(left).toEqual([]);
  });
});
