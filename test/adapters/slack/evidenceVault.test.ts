// Files posted in a Slack case thread end up in the evidence vault, wired as `rma-desk start` wires it:
// the worker downloads each file's url_private_download from files.slack.com with the bot token, in
// the background, and a file that is not what it claims is refused in the thread through the outbox.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEvidenceStore, readEvidenceConfig } from '../../../src/evidence/config.ts';
import { listEvidence } from '../../../src/evidence/evidenceQueries.ts';
import { startEvidenceVault, type EvidenceVault } from '../../../src/evidence/evidenceVault.ts';
import { contentKey } from '../../../src/evidence/storage.ts';
import type { Outbox } from '../../../src/service/outbox.ts';
import { slackFile } from '../../fakes/slack/slackRequests.ts';
import { fakeSlackFileHost, slackDownloadPath } from '../../fakes/slack/slackFileHost.ts';
import { EXE, photo, sha256 } from '../../evidence/evidenceCase.ts';
import { IDS, openSlackHarness, type SlackHarness } from './slackHarness.ts';

const downloadPath = slackDownloadPath;

describe('the evidence vault behind the Slack adapter', () => {
  let h: SlackHarness;
  let relay: Outbox;
  let vault: EvidenceVault;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rma-slack-evidence-'));
    const store = openEvidenceStore(readEvidenceConfig({ EVIDENCE_DIR: dir }));
    h = await openSlackHarness({ evidenceStore: store });
    const log = pino({ level: 'silent' });
    // As `start` does: the app's outbox (documents with the vault's previews) relays through the adapter.
    relay = h.app.outbox;
    relay.deliveries.set('slack', h.slack.delivery);
    relay.start(60_000);
    vault = startEvidenceVault({
      db: h.app.database.db,
      refused: (...args) => h.app.systemEvents.evidenceRefused(...args),
      store,
      slackBotToken: h.config.botToken,
      log,
      afterPass: () => void relay.kick(),
      intervalMs: 100,
    });
  });
  afterEach(async () => {
    await vault.stop();
    await relay.stop();
    vi.unstubAllGlobals();
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the photos with the bot token, refuses a program posted as a photo in the thread, and lists both for staff', async () => {
    const label = await photo(90);
    const requests = fakeSlackFileHost(
      new Map([
        [downloadPath('F0LABEL', 'label.jpg'), label],
        [downloadPath('F0RACK', 'rack.png'), EXE],
      ]),
      h.config.botToken,
    );
    const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'My optic from order #100234 is dead' });
    const reply = (files: ReturnType<typeof slackFile>[]) =>
      h.message({ channel: IDS.support, user: IDS.customer, threadTs: root.ts, files });
    await h.message({ channel: IDS.support, user: IDS.customer, threadTs: root.ts, text: 'SN FNS17320ABC' });
    await reply([slackFile('F0LABEL', 'label.jpg', 'image/jpeg', label.length)]);
    await reply([slackFile('F0RACK', 'rack.png', 'image/png', EXE.length)]);

    await vi.waitFor(
      async () => expect((await listEvidence(h.app.database.db, 'C-1001'))!.items.map((i) => i.status)).toEqual(['stored', 'refused']),
      { timeout: 15_000, interval: 100 },
    );
    expect(requests).toEqual([
      { path: downloadPath('F0LABEL', 'label.jpg'), authorization: 'Bearer xoxb-test-bot-token' },
      { path: downloadPath('F0RACK', 'rack.png'), authorization: 'Bearer xoxb-test-bot-token' },
    ]);
    const key = contentKey(sha256(label));
    expect(readFileSync(join(dir, key)).equals(label)).toBe(true);

    // The customer reads the refusal in their thread, and is asked for the installation photo again.
    const thread = () =>
      h
        .postsIn(IDS.support)
        .filter((c) => c.args.thread_ts === root.ts)
        .map((c) => String(c.args.text));
    await vi.waitFor(
      () =>
        expect(thread().join('\n')).toContain(
          'I couldn\'t keep "rack.png" for C-1001: the file is not a photo (its content is EXE). Please send it again.',
        ),
      { timeout: 10_000 },
    );
    await vi.waitFor(() => expect(thread().at(-1)).toMatch(/installation/), { timeout: 10_000 });

    const responses = () => h.api.callsOf('response_url').map((c) => String(c.args.text));
    await h.command(IDS.staff, 'evidence C-1001');
    expect(responses().at(-1)).toMatch(
      new RegExp(
        `^C-1001: 2 files in the evidence vault \\(1 stored, 1 refused\\)\\n1\\. label\\.jpg \\(serial-label photo\\): stored, image/jpeg, [0-9.]+ KB, SHA-256 ${sha256(label).slice(0, 16)}…, preview\\n2\\. rack\\.png \\(installation photo\\): refused: the file is not a photo \\(its content is EXE\\)$`,
      ),
    );
    await h.command(IDS.customer, 'evidence C-1001', IDS.support);
    expect(responses().at(-1)).toBe('Only staff can use /rma evidence.');
    expect(h.problems).toEqual([]);
  });

  it('sends staff the review request with a small preview of the stored serial-label photo', async () => {
    const label = await photo(90);
    fakeSlackFileHost(
      new Map([
        [downloadPath('F0LABEL', 'label.jpg'), label],
        [downloadPath('F0RACK', 'rack.png'), await photo(40)],
        [downloadPath('F0LOG', 'log.txt'), Buffer.from('%LINK-3-UPDOWN: Interface Te1/0/1, changed state to down\n')],
      ]),
      h.config.botToken,
    );
    const root = await h.message({ channel: IDS.support, user: IDS.customer, text: 'My optic from order #100234 is dead' });
    const reply = (input: { text?: string; files?: Array<ReturnType<typeof slackFile>> }) =>
      h.message({ channel: IDS.support, user: IDS.customer, threadTs: root.ts, ...input });
    await reply({ text: 'SN FNS17320ABC' });
    await reply({ files: [slackFile('F0LABEL', 'label.jpg', 'image/jpeg', label.length)] });
    await vi.waitFor(
      async () =>
        expect((await listEvidence(h.app.database.db, 'C-1001'))!.items[0]).toMatchObject({
          status: 'stored',
          previewKey: expect.any(String),
        }),
      { timeout: 15_000, interval: 100 },
    );
    await reply({ files: [slackFile('F0RACK', 'rack.png', 'image/png', 1000)] });
    await reply({ text: 'No light on the port, interface down', files: [slackFile('F0LOG', 'log.txt', 'text/plain', 60)] });
    await h.press(IDS.customer, h.postsIn(IDS.support).at(-1)!, 'rma_still_failing');

    const review = h.postsIn(IDS.staffChannel).at(-1)!;
    expect(String(review.args.text)).toMatch(/^C-1001 needs review/);
    // The preview goes up with the review request: a JPEG, in the staff channel, smaller than the original.
    const preview = h.api.uploads.find((u) => u.filename === 'C-1001-serial-label.jpg');
    expect(preview).toMatchObject({ channel: IDS.staffChannel });
    expect(preview!.bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
    expect(preview!.bytes.length).toBeLessThan(label.length);
    expect(h.problems).toEqual([]);
  });
});
