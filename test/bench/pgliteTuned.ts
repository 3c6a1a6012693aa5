// For the PGlite memory experiment only: the case service on a PGlite directory opened with a
// smaller shared_buffers than PGlite's default (128MB), wired as openApp wires it. The directory must
// already be migrated.
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { DEFAULT_POLICY } from '../../src/policy/policy.ts';
import { CaseService } from '../../src/service/caseService.ts';
import type { Db } from '../../src/store/database.ts';
import { TableOrderSource } from '../../src/store/orderStore.ts';
import * as schema from '../../src/store/schema.ts';

export async function openTunedPglite(
  dir: string,
  sharedBuffers: string,
): Promise<{ service: CaseService; database: { db: Db }; close(): Promise<void> }> {
  const client = new PGlite({ dataDir: dir, startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`] });
  await client.waitReady;
  const db = drizzle(client, { schema }) as unknown as Db;
  const service = new CaseService({ db, orders: new TableOrderSource(db), policy: DEFAULT_POLICY });
  return { service, database: { db }, close: () => client.close() };
}
