// `rma-desk start`: Slack and/or Discord when their tokens are set (one process, one database, cases
// from both), otherwise the console chat. Beside them run the outbox relay, the timers worker and (with
// a platform) the evidence worker that copies posted files into the evidence vault.
import type { Command } from 'commander';
import { readDiscordConfig } from '../adapters/discord/config.ts';
import { renderMessage, runInteractive } from '../adapters/console/interactiveChat.ts';
import { readSlackConfig } from '../adapters/slack/slackConfig.ts';
import { openApp } from '../app.ts';
import { startHealth } from '../health/startHealth.ts';
import { loadPolicy } from '../config/policyFile.ts';
import { databasePassword, registerSecrets } from '../logRedaction.ts';
import { unsetContactDetails } from '../policy/policy.ts';
import { evidenceConfigFor, openEvidenceStore } from '../evidence/config.ts';
import { startEvidenceVault } from '../evidence/evidenceVault.ts';
import { leadRole } from '../service/leadership.ts';
import { Shutdown, shutdownTimeoutFrom } from '../service/shutdown.ts';
import { startTimerWorker } from '../service/timerWorker.ts';
import { StaffChecks, startWebDesk } from '../web/startWebDesk.ts';
import { readWebConfig } from '../web/webConfig.ts';
import { emailStaffPlatform, readEmailConfig } from '../adapters/email/emailConfig.ts';
import { storeAttachment, tooLargeLink } from '../evidence/storedAttachments.ts';
import type { PlatformSignIns } from '../web/platformSignIn.ts';
import { readSignInConfig } from '../web/signInConfig.ts';
import { createSignInLink, SIGN_IN_LINK_MS } from '../store/deskSessionStore.ts';
import { dbOption, policyOption, type CommandContext } from './context.ts';
import { isDemoMode, demoOption, prepareOrders } from './demoMode.ts';
import { documentsDirFor } from './documentsDir.ts';

export function registerStart(program: Command, { env, log }: CommandContext): void {
  program
    .command('start')
    .description('start the bot: Slack and/or Discord when their tokens are set, otherwise the console chat')
    .addOption(dbOption())
    .addOption(policyOption())
    .addOption(demoOption())
    .action(async (opts: { db?: string; policy?: string; demo?: boolean }) => {
      const policy = loadPolicy(opts.policy ?? env.POLICY_FILE);
      for (const unset of unsetContactDetails(policy)) log.warn(unset);
      // Read every platform's configuration before anything starts, so a mistake stops the start.
      const slackConfig = readSlackConfig(process.env);
      const discordConfig = readDiscordConfig(process.env);
      const emailConfig = readEmailConfig(process.env);
      const emailStaff = emailStaffPlatform(emailConfig, { slack: slackConfig !== null, discord: discordConfig !== null });
      // The interactive console runs without a chat platform, unless email staff work from the web desk only.
      const consoleMode = !slackConfig && !discordConfig && emailStaff !== 'desk';
      const databaseUrl = opts.db ?? env.DATABASE_URL;
      registerSecrets([databasePassword(databaseUrl)]);
      // Console files are names only (nothing to copy): the vault runs with a platform adapter.
      const evidenceConfig = slackConfig || discordConfig || emailConfig ? evidenceConfigFor(process.env, databaseUrl) : null;
      const evidenceStore = evidenceConfig ? openEvidenceStore(evidenceConfig) : null;
      const consoleStaff = new Set(env.CONSOLE_STAFF);
      const webConfig = readWebConfig(process.env);
      const signInConfig = readSignInConfig(process.env);
      const signIns: PlatformSignIns = { slack: null, discord: discordConfig ? signInConfig.discord : null };
      // Who may use the web desk, per platform (the adapters add theirs); console staff only in the console.
      const staffChecks = new StaffChecks();
      if (!slackConfig && !discordConfig) staffChecks.set('console', async (id) => consoleStaff.has(id));
      // Health first: /readyz answers 503 while the database opens and migrates (src/health/).
      const shutdownTimeoutMs = shutdownTimeoutFrom(process.env);
      const health = await startHealth({ env: process.env, slack: slackConfig, discord: discordConfig, log });
      const shutdown = new Shutdown({ timeoutMs: shutdownTimeoutMs, log, onBegin: () => health.readiness.beginShutdown() });
      const app = await openApp({ databaseUrl, policy, log, evidenceStore: evidenceStore ?? undefined, onOpened: health.watch }).catch(
        async (error: unknown) => {
          await health.close();
          throw error;
        },
      );
      health.readiness.set('migrations', 'ready');
      shutdown.last('database', () => app.close());
      shutdown.last('health server', () => health.close());
      const relay = app.outbox;
      try {
        const demo = isDemoMode({ demo: opts.demo, db: opts.db, console: !slackConfig && !discordConfig }, process.env);
        const demoLine = await prepareOrders(app.database.db, { demo, timeZone: policy.timeZone, log });
        if (slackConfig) {
          // The platform libraries load only when configured: every other command starts without them.
          const { startSlack } = await import('../adapters/slack/slackApp.ts');
          const slack = await startSlack({
            config: slackConfig,
            desk: app.desk,
            log,
            server: health.slackServer,
            onConnection: health.connection('slack'),
          });
          relay.deliveries.set('slack', slack.delivery);
          staffChecks.set('slack', (user) => slack.isStaff(user));
          if (signInConfig.slack && slack.teamId) signIns.slack = { ...signInConfig.slack, teamId: slack.teamId };
          shutdown.drain('slack', () => slack.stop());
          process.stdout.write(`rma-desk on Slack (${slackConfig.mode.kind === 'http' ? `HTTP, port ${slack.port}` : 'Socket Mode'})\n`);
        }
        if (discordConfig) {
          // The gateway connects in the one process holding the lock; the others stand by, and take
          // over when the holder dies or loses its lock.
          const { startDiscord } = await import('../adapters/discord/discordAdapter.ts');
          // Staff are asked over REST until this process holds the gateway (whose events keep roles fresher).
          const { restStaffCheck } = await import('../adapters/discord/restStaffCheck.ts');
          const staffOverRest = restStaffCheck(discordConfig);
          staffChecks.set('discord', staffOverRest);
          let discord: Awaited<ReturnType<typeof startDiscord>> | null = null;
          const gateway = leadRole(
            app.database,
            `rma-desk:discord-gateway:${discordConfig.applicationId}`,
            {
              start: async () => {
                health.connection('discord')(false);
                const desk = await startDiscord({ config: discordConfig, desk: app.desk, log, onConnection: health.connection('discord') });
                discord = desk;
                relay.deliveries.set('discord', desk.delivery);
                staffChecks.set('discord', (user) => desk.isStaff(user));
                process.stdout.write(`rma-desk on Discord (guild ${discordConfig.guildId})\n`);
              },
              stop: async () => {
                relay.deliveries.delete('discord');
                staffChecks.set('discord', staffOverRest);
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
              // Another process holds the gateway: this one is ready as a standby.
              onStandby: () => health.readiness.set('discord', 'standby'),
            },
          );
          // Stops listening, finishes its events, disconnects, then lets the gateway lock go.
          shutdown.drain('discord', () => gateway.stop());
        }
        // Email: every process sends (the outbox relay); one at a time reads the mailbox.
        let kickEvidence = () => {};
        if (emailConfig) {
          const { emailChannel } = await import('../adapters/email/emailAdapter.ts');
          const store = evidenceStore!;
          const email = emailChannel({
            config: emailConfig,
            desk: app.desk,
            attachments: { store: (bytes, type) => storeAttachment(store, bytes, type), tooLarge: tooLargeLink },
            staff: () => (emailStaff === 'desk' ? null : (relay.deliveries.get(emailStaff!) ?? null)),
            noStaffPlatform: emailStaff === 'desk',
            log,
            onCaseChanged: () => {
              void relay.kick();
              kickEvidence();
            },
          });
          relay.deliveries.set('email', email.delivery);
          let mailbox: ReturnType<typeof email.openMailbox> | null = null;
          const reader = leadRole(
            app.database,
            `rma-desk:email-imap:${emailConfig.imap.user}@${emailConfig.imap.host}/${emailConfig.imap.mailbox}`,
            {
              start: async () => {
                mailbox = email.openMailbox();
                process.stdout.write(`rma-desk reads ${emailConfig.imap.user} on ${emailConfig.imap.host} (email)\n`);
              },
              stop: async () => {
                const open = mailbox;
                mailbox = null;
                await open?.stop();
              },
            },
            { log },
          );
          shutdown.drain('email', async () => {
            await reader.stop();
            email.close();
          });
        }
        const web = await startWebDesk({
          config: webConfig,
          db: app.database.db,
          timeZone: policy.timeZone,
          evidenceStore,
          desk: app.desk,
          afterChange: () => void relay.kick(),
          staff: staffChecks,
          readiness: health.readiness,
          log,
          slackServer: health.slackServer,
          signIns,
        });
        if (web) {
          shutdown.drain('web desk', () => web.stop());
          if (slackConfig || discordConfig) process.stdout.write(`web desk at ${web.url} (${signInWays(signIns)})\n`);
          else {
            // The console's own staffer signs in with a link printed here: on the embedded database no
            // other process (desk-link) may open it while the bot runs.
            const [first] = consoleStaff;
            const token = await createSignInLink(
              app.database.db,
              { platform: 'console', id: first!, name: first! },
              new Date(),
              SIGN_IN_LINK_MS,
            );
            process.stdout.write(
              `web desk at ${web.url}; sign in as ${first} (once, within 10 minutes): ${web.url}sign-in/link?token=${token}\n`,
            );
          }
        }
        // Discord's file links are signed (no token): every process may copy them, gateway or not.
        const evidence = evidenceStore
          ? startEvidenceVault({
              db: app.database.db,
              refused: (caseId, file, reason, at, why) => app.systemEvents.evidenceRefused(caseId, file, reason, at, why),
              quotaBytes: policy.limits.evidenceQuotaMb * 1024 * 1024,
              store: evidenceStore,
              slackBotToken: slackConfig?.botToken,
              discord: discordConfig !== null,
              email: emailConfig !== null,
              log,
              afterPass: () => void relay.kick(),
            })
          : null;
        if (evidence) {
          kickEvidence = () => evidence.worker.kick();
          shutdown.drain('evidence worker', () => evidence.stop());
        }
        // The console delivers its own replies; the relay retries the mails that failed.
        if (emailConfig && consoleMode) relay.start();
        if (!consoleMode) {
          relay.start();
          const timers = startTimerWorker({ events: app.systemEvents, log, afterFire: () => void relay.kick() });
          shutdown.drain('outbox relay', () => relay.stop());
          shutdown.drain('timer worker', () => timers.stop());
          // Listening before saying so: a stop signal sent on reading the line must not find the default handler.
          shutdown.listen();
          if (health.ports.length > 0) process.stdout.write(`health on port ${health.ports.join(' and ')}: /healthz, /readyz\n`);
          process.stdout.write(
            `database ${app.database.kind} (${app.database.where}); evidence in ${evidence?.store.describe() ?? 'none'}; Ctrl-C stops\n`,
          );
          await shutdown.requested;
          return;
        }
        process.stdout.write(
          `rma-desk on ${app.database.kind} (${app.database.where}); staff: ${[...consoleStaff].join(', ')}.${demoLine ? ` ${demoLine}` : ''}\n`,
        );
        // Reminders that fall due while the console is open are printed like any other message.
        relay.deliveries.set('console', { post: async (message) => void process.stdout.write(`\n${renderMessage(message)}\n`) });
        const timers = startTimerWorker({ events: app.systemEvents, log, afterFire: () => void relay.kick() });
        const documents = documentsDirFor(databaseUrl);
        await runInteractive({
          desk: app.desk,
          staff: consoleStaff,
          input: process.stdin,
          output: process.stdout,
          log,
          documentsDir: documents.dir,
        });
        documents.done();
        await timers.stop();
        await relay.stop();
      } finally {
        await shutdown.run();
      }
    });
}

/** How staff sign in to the desk, for the start banner. */
function signInWays(signIns: PlatformSignIns): string {
  const platforms = [signIns.slack ? 'Slack' : null, signIns.discord ? 'Discord' : null].filter(Boolean);
  const link = 'a link from `rma-desk desk-link`';
  return platforms.length > 0 ? `sign in with ${platforms.join(' or ')}, or ${link}` : `sign in with ${link}`;
}
