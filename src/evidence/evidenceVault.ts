// The evidence vault as `rma-desk start` runs it beside the platform adapters: the store named by the
// configuration, and the worker that copies the files of the platforms this process serves into it.
import type { Logger } from 'pino';
import type { OpenedEvidenceStore } from './config.ts';
import { startEvidenceWorker, type EvidencePass, type EvidenceWorker, type EvidenceWorkerDeps } from './evidenceWorker.ts';
import { platformFileSources, type PlatformSourceOptions } from './fileSources.ts';
import { storedFileSource } from './storedAttachments.ts';

export interface EvidenceVaultOptions extends PlatformSourceOptions {
  /** True when the email adapter runs: its attachments are read from the store itself. */
  email?: boolean | undefined;
  db: EvidenceWorkerDeps['db'];
  refused: EvidenceWorkerDeps['refused'];
  /** Opened by the caller (`openEvidenceStore`), who also hands it to the case service for previews; closed by `stop`. */
  store: OpenedEvidenceStore;
  log: Logger;
  /** A pass that stored, refused or gave up files; refusals put messages in the outbox (kick the relay). */
  afterPass?: ((pass: EvidencePass) => void) | undefined;
  /** Between passes (default 5 s). */
  intervalMs?: number | undefined;
  /** Bytes one customer's files may take in the store (policy `evidenceQuotaMb`). */
  quotaBytes?: EvidenceWorkerDeps['quotaBytes'];
}

export interface EvidenceVault {
  store: OpenedEvidenceStore;
  worker: EvidenceWorker;
  /** Stops the worker (waiting for the pass under way), then closes the store. */
  stop(): Promise<void>;
}

export function startEvidenceVault(options: EvidenceVaultOptions): EvidenceVault {
  const store = options.store;
  const sources = platformFileSources({ slackBotToken: options.slackBotToken, discord: options.discord });
  // Email attachments are put in the store by the email adapter as they arrive (storedAttachments.ts).
  if (options.email) sources.register(storedFileSource('email', store));
  const log = options.log.child({ component: 'evidence' });
  const worker = startEvidenceWorker({
    db: options.db,
    refused: options.refused,
    store,
    sources,
    log,
    afterPass: (pass) => {
      log.info({ stored: pass.stored, refused: pass.refused, failed: pass.failed, retrying: pass.retrying }, 'evidence pass');
      options.afterPass?.(pass);
    },
    intervalMs: options.intervalMs,
    quotaBytes: options.quotaBytes,
  });
  log.info({ store: store.describe(), platforms: sources.platforms() }, 'evidence worker started');
  return {
    store,
    worker,
    async stop() {
      await worker.stop();
      store.close();
    },
  };
}
