// `rma-desk start`: Slack and/or Discord when their tokens are set (one process, one database, cases
// from both), otherwise the console chat. Beside them run the outbox relay, the timers worker and (with
// a platform) the evidence worker that copies posted files into the evidence vault.
import { Temporal } from '@js-temporal/polyfill';
import type { Command } from 'commander';
import { startDiscord } from '../adapters/discord/discordAdapter.ts';
import { readDiscordConfig } from '../adapters/discord/config.ts';
import { demoOrders } from '../adapters/console/demoOrders.ts';
import { renderMessage, runInteractive } from '../adapters/console/interactiveChat.ts';
import { startSlack } from '../adapters/slack/slackApp.ts';
import { readSlackConfig } from '../adapters/slack/slackConfig.ts';
import { openApp } from '../app.ts';
import { loadPolicy } from '../config/policyFile.ts';
import { databasePassword, registerSecrets } from '../logRedaction.ts';
import { hasReturnAddress } from '../policy/policy.ts';
import { evidenceConfigFor, openEvidenceStore } from '../evidence/config.ts';
import { startEvidenceVault } from '../evidence/evidenceVault.ts';
import { leadRole } from '../service/leadership.ts';
import { startTimerWorker } from '../service/timerWorker.ts';
import { hasAnyOrder, upsertOrderItems } from '../store/orderStore.ts';
import { dbOption, policyOption, type CommandContext } from './context.ts';

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export function registerStart(program: Command, { env, log }: CommandContext): void {
  program
    .command('start')
    .description('start the bot: Slack and/or Discord when their tokens are set, otherwise the console chat')
    .addOption(dbOption())
    .addOption(policyOption())
    .action(async (opts: { db?: string; policy?: string }) => {
      const policy = loadPolicy(opts.policy ?? env.POLICY_FILE);
      if (!hasReturnAddress(policy)) {
        // Customers are then told staff will send the address with the RMA number.
        log.warn('the policy has no returnAddress: approved customers are told staff will send it; set returnAddress in the policy file');
      }
      // Read every platform's configuration before anything starts, so a mistake stops the start.
      const slackConfig = readSlackConfig(process.env);
      const discordConfig = readDiscordConfig(process.env);
      const databaseUrl = opts.db ?? env.DATABASE_URL;
      registerSecrets([databasePassword(databaseUrl)]);
      // Console files are names only (nothing to copy): the vault runs with a platform adapter.
      const evidenceConfig = slackConfig || discordConfig ? evidenceConfigFor(process.env, databaseUrl) : null;
      const evidenceStore = evidenceConfig ? openEvidenceStore(evidenceConfig) : null;
      const consoleStaff = new Set(env.CONSOLE_STAFF);
      const app = await openApp({ databaseUrl, policy, log, evidenceStore: evidenceStore ?? undefined });
      const relay = app.outbox;
      const stops: Array<() => Promise<void>> = [];
      try {
        if (slackConfig) {
          const slack = await startSlack({ config: slackConfig, desk: app.desk, log });
          relay.deliveries.set('slack', slack.delivery);
          stops.push(() => slack.stop());
          process.stdout.write(`rma-desk on Slack (${slackConfig.mode.kind === 'http' ? `HTTP, port ${slack.port}` : 'Socket Mode'})\n`);
        }
        if (discordConfig) {
          // The gateway connects in the one process holding the lock; the others stand by, and take
          // over when the holder dies or loses its lock.
          let discord: Awaited<ReturnType<typeof startDiscord>> | null = null;
          const gateway = leadRole(
            app.database,
            `rma-desk:discord-gateway:${discordConfig.applicationId}`,
            {
              start: async () => {
                const desk = await startDiscord({ config: discordConfig, desk: app.desk, log });
                discord = desk;
                relay.deliveries.set('discord', desk.delivery);
                process.stdout.write(`rma-desk on Discord (guild ${discordConfig.guildId})\n`);
              },
              stop: async () => {
                relay.deliveries.delete('discord');
                const desk = discord;
                discord = null;
                await desk?.stop();
              },
            },
            {
              log,
              onStartFailed: (error) => {
                log.fatal({ err: error }, 'discord adapter failed to start');
                process.kill(process.pid, 'SIGTERM');
              },
            },
          );
          stops.push(() => gateway.stop());
        }
        if (stops.length > 0 && evidenceStore) {
          relay.start();
          const timers = startTimerWorker({ events: app.systemEvents, log, afterFire: () => void relay.kick() });
          // Discord's file links are signed (no token): every process may copy them, gateway or not.
          const evidence = startEvidenceVault({
            db: app.database.db,
            refused: (caseId, file, reason, at, why) => app.systemEvents.evidenceRefused(caseId, file, reason, at, why),
            quotaBytes: policy.limits.evidenceQuotaMb * 1024 * 1024,
            store: evidenceStore,
            slackBotToken: slackConfig?.botToken,
            discord: discordConfig !== null,
            log,
            afterPass: () => void relay.kick(),
          });
          // Listening before saying so: a stop signal sent on reading the line must not find the default handler.
          const signalled = untilSignal();
          process.stdout.write(
            `database ${app.database.kind} (${app.database.where}); evidence in ${evidence.store.describe()}; Ctrl-C stops\n`,
          );
          await signalled;
          await evidence.stop();
          await timers.stop();
          await relay.stop();
          return;
        }
        if (!(await hasAnyOrder(app.database.db)))
          await upsertOrderItems(app.database.db, demoOrders(Temporal.Now.plainDateISO(policy.timeZone)));
        process.stdout.write(
          `rma-desk on ${app.database.kind} (${app.database.where}); staff: ${[...consoleStaff].join(', ')}. Demo orders: 100234 (DOA), 100310 (warranty, 2 items), 100120 (too old), 100400 (as-is), 100500 (no delivery date).\n`,
        );
        // Reminders that fall due while the console is open are printed like any other message.
        relay.deliveries.set('console', { post: async (message) => void process.stdout.write(`\n${renderMessage(message)}\n`) });
        const timers = startTimerWorker({ events: app.systemEvents, log, afterFire: () => void relay.kick() });
        await runInteractive({ desk: app.desk, staff: consoleStaff, input: process.stdin, output: process.stdout, log });
        await timers.stop();
        await relay.stop();
      } finally {
        for (const stop of stops.reverse()) await stop();
        await app.close();
      }
    });
}
