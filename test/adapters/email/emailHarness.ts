// The email channel wired as `rma-desk start` wires it, against a real Dovecot (IMAP) and a real SMTP
// server on loopback: the app on a fresh database with orders, the evidence vault in a temp directory,
// the outbox relay, staff notices collected as the console would show them, and a customer who writes
// mails and answers the bot's mails the way a mail client does (In-Reply-To, References, "Re:", quote).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import pino from 'pino';
import { emailChannel, type EmailChannel } from '../../../src/adapters/email/emailAdapter.ts';
import { readEmailConfig, type EmailConfig } from '../../../src/adapters/email/emailConfig.ts';
import type { Mailbox } from '../../../src/adapters/email/mailbox.ts';
import { openApp, type App } from '../../../src/app.ts';
import type { OrderItem } from '../../../src/case/types.ts';
import { openEvidenceStore, readEvidenceConfig } from '../../../src/evidence/config.ts';
import { startEvidenceVault, type EvidenceVault } from '../../../src/evidence/evidenceVault.ts';
import { storeAttachment, tooLargeLink } from '../../../src/evidence/storedAttachments.ts';
import { DEFAULT_POLICY } from '../../../src/policy/policy.ts';
import type { HandleResult, Outbound } from '../../../src/service/messages.ts';
import { upsertOrderItems } from '../../../src/store/orderStore.ts';
import { appendMessage, startDovecot, type Dovecot } from '../../fakes/mail/dovecot.ts';
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from '../../fakes/mail/smtpCapture.ts';
import { freshDatabaseUrl } from '../../support/testDb.ts';

export const CUSTOMER = 'jane@acme.example';
export const DESK = 'rma@seller.test';

/** `days` calendar days before today, as the order records write a delivery date. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

export const EMAIL_ORDERS: OrderItem[] = [
  {
    orderNumber: '100234',
    partNumber: 'SFP-10G-SR',
    serialNumber: 'FNS17320ABC',
    description: 'Cisco 10GBASE-SR SFP+ module',
    terms: 'standard',
    deliveredOn: daysAgo(5),
  },
];

export interface Outgoing {
  subject: string;
  text: string;
  from?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
}

export interface EmailHarness {
  app: App;
  dovecot: Dovecot;
  smtp: SmtpCapture;
  config: EmailConfig;
  channel: EmailChannel;
  mailbox: Mailbox;
  vault: EvidenceVault;
  /** Staff notices, as the staff platform got them. */
  staffSeen: Outbound[];
  /** A new mail into the desk's mailbox; resolves with its Message-ID. */
  send(mail: Outgoing): Promise<string>;
  /** The customer's answer to a mail of the bot, as a mail client writes it. */
  reply(to: CapturedMail, text: string, extra?: Partial<Outgoing>): Promise<string>;
  /** The bot's next mail to `to` after the `after` mails already seen. */
  nextMail(after: number, match?: (m: CapturedMail) => boolean, to?: string): Promise<CapturedMail>;
  /** A `/rma` command of a staffer in the console (the relay mails what it tells the customer). */
  staffCommand(line: string): Promise<HandleResult>;
  /** Stops the mailbox reader and starts a new one (a restart of the reading process), with other limits if given. */
  restartReader(options?: { maxMessageBytes?: number }): Promise<void>;
  close(): Promise<void>;
}

export async function raw(mail: Outgoing): Promise<Buffer> {
  return new MailComposer({
    from: mail.from ?? `Jane Doe <${CUSTOMER}>`,
    to: DESK,
    subject: mail.subject,
    text: mail.text,
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references ? { references: mail.references } : {}),
    ...(mail.headers ? { headers: mail.headers } : {}),
    ...(mail.attachments ? { attachments: mail.attachments } : {}),
  })
    .compile()
    .build();
}

export async function openEmailHarness(options: { orders?: OrderItem[]; env?: Record<string, string> } = {}): Promise<EmailHarness> {
  const dovecot = await startDovecot();
  const smtp = await startSmtpCapture({ auth: { user: DESK, pass: 'smtp-secret' } });
  const target = await freshDatabaseUrl();
  const app = await openApp({ databaseUrl: target.url, policy: DEFAULT_POLICY });
  await upsertOrderItems(app.database.db, options.orders ?? EMAIL_ORDERS);
  const dir = mkdtempSync(join(tmpdir(), 'rma-email-evidence-'));
  const store = openEvidenceStore(readEvidenceConfig({ EVIDENCE_DIR: dir }));
  const log = pino({ level: 'silent' });
  const config = readEmailConfig({
    EMAIL_IMAP_URL: dovecot.url(),
    EMAIL_SMTP_URL: smtp.url,
    EMAIL_FROM: `Returns desk <${DESK}>`,
    EMAIL_POLL_SECONDS: '1',
    ...options.env,
  })!;
  const relay = app.outbox;
  const staffSeen: Outbound[] = [];
  relay.deliveries.set('console', { platform: 'console', post: async (m) => void staffSeen.push(m) });
  let vault: EvidenceVault | null = null;
  const channel = emailChannel({
    config,
    desk: app.desk,
    attachments: { store: (bytes, type) => storeAttachment(store, bytes, type), tooLarge: tooLargeLink },
    staff: () => relay.deliveries.get('console') ?? null,
    noStaffPlatform: false,
    log,
    onCaseChanged: () => {
      void relay.kick();
      vault?.worker.kick();
    },
  });
  relay.deliveries.set('email', channel.delivery);
  relay.start(200);
  vault = startEvidenceVault({
    db: app.database.db,
    refused: (...args) => app.systemEvents.evidenceRefused(...args),
    store,
    email: true,
    log,
    afterPass: () => void relay.kick(),
    intervalMs: 200,
  });
  const h: EmailHarness = {
    app,
    dovecot,
    smtp,
    config,
    channel,
    mailbox: channel.openMailbox(),
    vault,
    staffSeen,
    async send(mail) {
      const bytes = await raw(mail);
      await appendMessage(dovecot, bytes);
      return /^Message-ID:\s*<([^>\r\n]+)>/im.exec(bytes.toString('latin1'))![1]!;
    },
    reply(to, text, extra = {}) {
      const id = to.parsed.messageId!;
      const references = [...[to.parsed.references ?? []].flat(), id];
      const quoted = (to.parsed.text ?? '')
        .trimEnd()
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
      return h.send({
        subject: `Re: ${to.parsed.subject ?? ''}`,
        text: `${text}\n\nOn ${new Date().toUTCString()}, Returns desk <${DESK}> wrote:\n${quoted}\n`,
        inReplyTo: id,
        references,
        ...extra,
      });
    },
    async nextMail(after, match = () => true, to = CUSTOMER) {
      return smtp.waitFor((m) => smtp.messages.indexOf(m) >= after && m.envelope.to.includes(to) && match(m));
    },
    staffCommand: (line) =>
      app.service.handle({ platform: 'console', at: new Date().toISOString(), user: 'staff', staff: true, command: line }),
    async restartReader(options = {}) {
      await h.mailbox.stop();
      h.mailbox = channel.openMailbox(options);
    },
    async close() {
      await h.mailbox.stop();
      await vault.stop();
      await relay.stop();
      channel.close();
      await app.close();
      await target.drop();
      await smtp.stop();
      await dovecot.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}
