import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitForLeadership } from '../../src/service/leadership.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { freshDatabaseUrl, usingPostgres, type TestDatabaseUrl } from '../support/testDb.ts';

describe('one holder of the Discord gateway across processes', () => {
  let target: TestDatabaseUrl;
  let a: Database;
  let b: Database;
  beforeEach(async () => {
    target = await freshDatabaseUrl();
    a = await openDatabase(target.url);
    // Two connections pools stand for two bot processes (PGlite: one process, one pool).
    b = usingPostgres ? await openDatabase(target.url) : a;
  });
  afterEach(async () => {
    await a.close();
    if (b !== a) await b.close();
    await target.drop();
  });

  it('gives the role to one process, and to the other once the first lets go', async () => {
    const first = waitForLeadership(a, 'rma-desk:discord-gateway:test', { pollMs: 50 });
    await first.acquired;
    const second = waitForLeadership(b, 'rma-desk:discord-gateway:test', { pollMs: 50 });
    let secondLeads = false;
    void second.acquired.then(() => (secondLeads = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(secondLeads).toBe(false);
    await first.stop();
    await second.acquired;
    expect(secondLeads).toBe(true);
    await second.stop();
  });
});
