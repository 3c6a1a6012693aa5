// `rma-desk desk-link` as an operator runs it: a real process that prints a link, which then signs in once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../../src/store/databaseSetup.ts';
import { useSignInLink } from '../../src/store/deskSessionStore.ts';
import { readWebConfig } from '../../src/web/webConfig.ts';
import { runCli } from '../commands/runCli.ts';
import { freshDatabaseUrl, type TestDatabaseUrl } from '../support/testDb.ts';

describe('rma-desk desk-link', () => {
  let db: TestDatabaseUrl;
  beforeAll(async () => {
    db = await freshDatabaseUrl();
    // PGlite: a directory both processes open in turn (memory: would end with the command).
    if (db.url === 'memory:') {
      const dir = mkdtempSync(join(tmpdir(), 'rma-desk-link-'));
      db = { url: dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    }
  });
  afterAll(async () => {
    await db.drop();
  });

  it('prints a link on PUBLIC_URL that signs the staffer in once', async () => {
    const run = await runCli(['desk-link', '--staff', 'slack:U0123ABCD', '--name', 'Ana', '--db', db.url], '', {
      env: { PUBLIC_URL: 'https://desk.example.com/' },
    });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const link = /^(https:\/\/desk\.example\.com\/desk\/sign-in\/link\?token=([\w-]+))$/m.exec(run.out);
    expect(link).not.toBeNull();
    const database = await openMigrated(db.url);
    try {
      expect(await useSignInLink(database.db, link![2]!, new Date())).toEqual({ platform: 'slack', id: 'U0123ABCD', name: 'Ana' });
      expect(await useSignInLink(database.db, link![2]!, new Date())).toBeNull();
    } finally {
      await database.close();
    }
  });

  it('refuses an identity it cannot read, and a desk with no address', async () => {
    const bad = await runCli(['desk-link', '--staff', 'U0123', '--db', db.url], '', { env: { PUBLIC_URL: 'https://desk.example.com' } });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--staff must be slack:ID, discord:ID or console:NAME');
    const nowhere = await runCli(['desk-link', '--staff', 'slack:U1', '--db', db.url], '', {
      env: { PUBLIC_URL: undefined, WEB_PORT: undefined, PORT: undefined },
    });
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toContain('set PUBLIC_URL');
  });
});

describe('web desk configuration', () => {
  it('reads WEB_PORT and PUBLIC_URL, and says what is wrong with them', () => {
    expect(readWebConfig({})).toEqual({ port: null, publicUrl: null });
    expect(readWebConfig({ WEB_PORT: '8090', PUBLIC_URL: 'https://desk.example.com/returns/' })).toEqual({
      port: 8090,
      publicUrl: 'https://desk.example.com/returns',
    });
    expect(() => readWebConfig({ WEB_PORT: 'eighty' })).toThrow('WEB_PORT must be a port number');
    expect(() => readWebConfig({ PUBLIC_URL: 'desk.example.com' })).toThrow('PUBLIC_URL must be a URL');
    expect(() => readWebConfig({ PUBLIC_URL: 'ftp://desk.example.com' })).toThrow('PUBLIC_URL must start with https://');
  });
});
