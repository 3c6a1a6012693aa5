// `/rma evidence REF` through the case service (the console, Slack and Discord all send it there):
// staff read every file of a case with its status and hash; customers and unknown cases get a refusal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localStore } from '../../src/evidence/localStore.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';
import { consoleSource, file, harness, photo, sha256, toSerialPhoto } from './evidenceCase.ts';
import { startFakeFileHost, type FakeFileHost } from './fakeFileHost.ts';

describe('/rma evidence REF', () => {
  let host: FakeFileHost;
  let app: TestApp;
  let dir: string;
  beforeAll(async () => {
    host = await startFakeFileHost();
  });
  afterAll(async () => {
    await host.close();
  });
  beforeEach(async () => {
    app = await openTestApp();
    dir = mkdtempSync(join(tmpdir(), 'rma-evidence-cmd-'));
  });
  afterEach(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const evidenceOf = async (user: string, ref: string) => {
    const result = await app.send({ user, command: `/rma evidence ${ref}` });
    return {
      ok: result.ok,
      error: result.error,
      messages: result.messages.map((m) => ({ to: m.to, user: m.user, private: m.private, text: m.text })),
    };
  };

  it('lists every file of a case for staff: pending until copied, then stored with its hash, or refused with the reason', async () => {
    const ref = await toSerialPhoto(app);
    const label = await photo(70);
    await app.send({
      user: 'U1',
      files: [
        file('F1', 'sn.jpg', 'image/jpeg', host.serve('/cmd/sn.jpg', { body: label }), label.length),
        file('F2', 'show-interfaces.txt', 'text/plain', host.serve('/cmd/show.txt', { body: await photo(80, 'png') })),
      ],
    });

    const pending = await evidenceOf('S1', ref.toLowerCase());
    expect(pending).toMatchObject({ ok: true, messages: [{ to: 'staff', user: 'S1', private: true }] });
    expect(pending.messages[0]!.text).toBe(
      [
        `${ref}: 2 files in the evidence vault (2 pending)`,
        '1. sn.jpg (serial-label photo): pending, not copied yet',
        '2. show-interfaces.txt (evidence): pending, not copied yet',
      ].join('\n'),
    );

    await harness(app, localStore(dir), consoleSource(host)).run();
    const listed = (await evidenceOf('S1', ref)).messages[0]!.text.split('\n');
    expect(listed[0]).toBe(`${ref}: 2 files in the evidence vault (1 stored, 1 refused)`);
    expect(listed[1]).toMatch(
      new RegExp(
        `^1\\. sn\\.jpg \\(serial-label photo\\): stored, image/jpeg, [0-9.]+ KB, SHA-256 ${sha256(label).slice(0, 16)}…, preview$`,
      ),
    );
    expect(listed[2]).toBe('2. show-interfaces.txt (evidence): refused: the file is not plain text (its content is PNG)');
  });

  it('is for staff only: a customer is refused even on their own case, and an unknown case is named', async () => {
    const ref = await toSerialPhoto(app);
    expect(await evidenceOf('U1', ref)).toEqual({
      ok: false,
      error: 'Only staff can use /rma evidence.',
      messages: [{ to: 'customer', user: 'U1', private: true, text: 'Only staff can use /rma evidence.' }],
    });
    expect(await evidenceOf('S1', 'C-9999')).toMatchObject({ ok: false, error: 'There is no case C-9999.' });
    expect(await evidenceOf('S1', ref)).toMatchObject({ ok: true, messages: [{ text: `${ref} has no files in the evidence vault.` }] });
    const help = await app.send({ user: 'S1', command: '/rma help' });
    expect(help.messages[0]!.text).toContain('/rma evidence REF');
  });
});
