// The Discord adapter as `rma-desk start` runs it (openApp, the adapter given the app's desk),
// logged in with a dummy token to the fake Discord, on a fresh test database with the test orders.
import pino from 'pino';
import { openApp, type App } from '../../../src/app.ts';
import { readDiscordConfig } from '../../../src/adapters/discord/config.ts';
import { startDiscord, type DiscordDesk } from '../../../src/adapters/discord/discordAdapter.ts';
import { persistedSnapshot } from '../../../src/case/snapshot.ts';
import type { Desk } from '../../../src/service/desk.ts';
import { DEFAULT_POLICY } from '../../../src/policy/policy.ts';
import { upsertOrderItems } from '../../../src/store/orderStore.ts';
import { FakeDiscord, type FakeDiscordOptions, type FakeMember, type Json } from '../../fakes/discord/fakeDiscord.ts';
import { ANA, discordEnv, serverOptions, STAFF_CHANNEL, SUPPORT } from '../../fakes/discord/fixtures.ts';
import { ORDERS } from '../../support/testApp.ts';
import { freshDatabaseUrl } from '../../support/testDb.ts';
import { findCaseByRef } from '../../../src/store/caseStore.ts';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export class TestDesk {
  discord: DiscordDesk | null = null;
  readonly logs: LogLine[] = [];
  readonly log = pino({ level: 'info' }, { write: (line: string) => void this.logs.push(JSON.parse(line) as LogLine) });

  constructor(
    readonly fake: FakeDiscord,
    readonly app: App,
    private readonly dropDatabase: () => Promise<void>,
    private readonly wrapDesk: (desk: Desk) => Desk = (desk) => desk,
    private readonly env: NodeJS.ProcessEnv = {},
  ) {}

  /** `wrapDesk`: the desk as the adapter sees it (a test may make it fail); `env`: more DISCORD_ settings. */
  static async start(
    fakeOptions: Partial<FakeDiscordOptions> = {},
    options: { wrapDesk?: (desk: Desk) => Desk; env?: NodeJS.ProcessEnv } = {},
  ): Promise<TestDesk> {
    const fake = new FakeDiscord(serverOptions(fakeOptions));
    await fake.start();
    const target = await freshDatabaseUrl();
    const app = await openApp({ databaseUrl: target.url, policy: DEFAULT_POLICY });
    await upsertOrderItems(app.database.db, ORDERS);
    const desk = new TestDesk(fake, app, target.drop, options.wrapDesk, options.env);
    try {
      await desk.startAdapter();
    } catch (error) {
      await desk.close();
      throw error;
    }
    return desk;
  }

  async startAdapter(): Promise<void> {
    const config = readDiscordConfig({ ...discordEnv(this.fake.apiUrl), ...this.env });
    if (!config) throw new Error('no Discord config');
    this.discord = await startDiscord({ config, desk: this.wrapDesk(this.app.desk), log: this.log });
  }

  async stopAdapter(): Promise<void> {
    await this.discord?.stop();
    this.discord = null;
  }

  async close(): Promise<void> {
    await this.stopAdapter();
    await this.app.close();
    await this.dropDatabase();
    await this.fake.stop();
  }

  /** Log lines at warn level and above: a run where nothing went wrong has none. */
  problems(): LogLine[] {
    return this.logs.filter((l) => l.level >= 40);
  }

  async waitFor<T>(what: string, find: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; problems logged: ${JSON.stringify(this.problems())}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Waits for the bot to post a message matching `pattern` in a channel, after the first `skip`. */
  botPost(channel: string, pattern: RegExp, skip = 0, timeoutMs?: number): Promise<Json> {
    return this.waitFor(
      `a bot message matching ${pattern} in ${channel}`,
      () =>
        this.fake
          .botMessagesIn(channel)
          .slice(skip)
          .find((m) => pattern.test(m.content as string)),
      timeoutMs,
    );
  }

  async caseState(ref: string): Promise<{ state: string; context: ReturnType<typeof persistedSnapshot>['context'] }> {
    const row = await findCaseByRef(this.app.database.db, ref);
    if (!row) throw new Error(`no case ${ref}`);
    return { state: row.state, context: persistedSnapshot(row).context };
  }

  /** Lets queued work settle when a test checks that nothing (more) happened. */
  async quiet(ms = 300): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

export function customIdsOf(message: Json): string[] {
  return ((message.components as Json[] | undefined) ?? []).flatMap((row) =>
    ((row.components as Json[] | undefined) ?? []).map((c) => c.custom_id as string),
  );
}

/**
 * A customer's claim from the support channel through intake and troubleshooting to review, as
 * they would do it: returns the case thread and the staff channel's review message.
 */
export async function claimToReview(desk: TestDesk, customer: FakeMember = ANA): Promise<{ thread: string; review: Json; ref: string }> {
  const { fake } = desk;
  fake.userMessage(customer, SUPPORT, 'My SFP from order #100234 is dead');
  const thread = await desk.waitFor('a case thread', () =>
    fake.threadsOf(SUPPORT).find((t) => (fake.threadMembers.get(t.id as string) ?? new Set()).has(customer.user.id)),
  );
  const threadId = thread.id as string;
  const asked = await desk.botPost(threadId, /serial number \(SN\)/);
  const ref = /case (C-\d+)/.exec(
    fake
      .botMessagesIn(threadId)
      .map((m) => m.content as string)
      .join('\n'),
  )?.[1];
  if (!ref) throw new Error(`no case reference in the thread after ${String(asked.content)}`);
  fake.userMessage(customer, threadId, 'SN FNS17320ABC');
  await desk.botPost(threadId, /photo of the serial-number label/);
  fake.userMessage(customer, threadId, '', [{ filename: 'label.jpg', content_type: 'image/jpeg', size: 120_000 }]);
  await desk.botPost(threadId, /photo of the installation/);
  fake.userMessage(customer, threadId, '', [{ filename: 'rack.png', content_type: 'image/png', size: 340_000 }]);
  await desk.botPost(threadId, /describe the fault/);
  fake.userMessage(customer, threadId, 'No light on the port, **interface down** @everyone', [
    { filename: 'show-logging.txt', content_type: 'text/plain', size: 3_000 },
  ]);
  const checks = await desk.waitFor('the troubleshooting buttons', () =>
    fake.botMessagesIn(threadId).find((m) => customIdsOf(m).includes(`rma:still_failing:${ref}`)),
  );
  const staffBefore = fake.botMessagesIn(STAFF_CHANNEL).length;
  fake.pressButton(customer, checks.id as string, `rma:still_failing:${ref}`);
  const review = await desk.botPost(STAFF_CHANNEL, new RegExp(`${ref} needs review`), staffBefore);
  return { thread: threadId, review, ref };
}
