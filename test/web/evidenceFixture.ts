// The set-up of the desk tests whose cases carry files into the evidence vault: a loopback file host the
// files are copied from and a vault in a temporary local directory (once per test file), a fresh case
// service and an empty vault for each test.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { localBackend, type OpenBackend } from '../evidence/backends.ts';
import { startFakeFileHost, type FakeFileHost } from '../evidence/fakeFileHost.ts';
import { openTestApp, type TestApp } from '../support/testApp.ts';

export interface VaultedApp {
  app: TestApp;
  host: FakeFileHost;
  vault: OpenBackend;
}

/** Registers the hooks of the set-up; its fields are the current test's (read them inside a test). */
export function useVaultedApp(): VaultedApp {
  const backend = localBackend();
  const fixture = {} as VaultedApp;
  beforeAll(async () => {
    await backend.setup();
    fixture.host = await startFakeFileHost();
  });
  afterAll(async () => {
    await fixture.host.close();
    await backend.teardown();
  });
  beforeEach(async () => {
    fixture.app = await openTestApp();
    fixture.vault = await backend.open();
  });
  afterEach(async () => {
    await fixture.vault.close();
    await fixture.app.close();
  });
  return fixture;
}
