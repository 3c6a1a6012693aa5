// A case's files on the web desk come from the evidence vault, to signed-in staff only.
import { describe, expect, it } from 'vitest';
import { evidenceOfCase } from '../../src/store/evidenceStore.ts';
import { findCaseByRef } from '../../src/store/caseStore.ts';
import { consoleSource, file, harness, photo, toSerialPhoto } from '../evidence/evidenceCase.ts';
import { signedInDesk } from './signedIn.ts';
import { useVaultedApp } from './evidenceFixture.ts';

describe('evidence on the web desk', () => {
  const fx = useVaultedApp();

  it('serves a stored photo from the vault, its preview, and a log as a download; nothing without a session', async () => {
    const ref = await toSerialPhoto(fx.app);
    const bytes = await photo(40);
    const log = Buffer.from('%LINK-3-UPDOWN: Interface Te1/1/1, changed state to down\n');
    await fx.app.send({
      user: 'U1',
      files: [
        file('F1', 'sn.jpg', 'image/jpeg', fx.host.serve('/desk/F1/sn.jpg', { body: bytes, contentType: 'image/jpeg' }), bytes.length),
      ],
    });
    await fx.app.send({
      user: 'U1',
      files: [
        file(
          'F2',
          'show log "1".txt',
          'text/plain',
          fx.host.serve('/desk/F2/log.txt', { body: log, contentType: 'text/plain' }),
          log.length,
        ),
      ],
    });
    await harness(fx.app, fx.vault.store, consoleSource(fx.host)).run();
    const caseId = (await findCaseByRef(fx.app.database.db, ref))!.id;
    const [label, logFile] = await evidenceOfCase(fx.app.database.db, caseId);
    expect(label?.status).toBe('stored');
    expect(logFile?.status).toBe('stored');

    const { get } = await signedInDesk(fx.app.database.db, { evidenceStore: fx.vault.store });

    const image = await get(`/desk/cases/${ref}/evidence/${label!.id}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('content-disposition')).toBe('inline');
    expect(Buffer.from(await image.arrayBuffer()).equals(bytes)).toBe(true);
    const preview = await get(`/desk/cases/${ref}/evidence/${label!.id}?preview=1`);
    expect(preview.status).toBe(200);
    expect((await preview.arrayBuffer()).byteLength).toBeLessThan(bytes.length);
    const download = await get(`/desk/cases/${ref}/evidence/${logFile!.id}`);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''show%20log%20%221%22.txt`);
    expect(Buffer.from(await download.arrayBuffer()).equals(log)).toBe(true);

    // Another case's ref with this file's id, a made-up id, and no session: nothing.
    expect((await get(`/desk/cases/C-9999/evidence/${label!.id}`)).status).toBe(404);
    expect((await get(`/desk/cases/${ref}/evidence/999999`)).status).toBe(404);
    expect((await get(`/desk/cases/${ref}/evidence/${label!.id}`, false)).status).toBe(303);
  });
});
