// The bench's command line (node's util.parseArgs): what to run, how big, and where to write.
import { parseArgs } from 'node:util';
import { DB_KINDS, type DbKind } from './databases.ts';

export const PARTS = ['cases', 'baseline', 'edge', 'flood', 'scale', 'start', 'parsers', 'evidence'] as const;
export type Part = (typeof PARTS)[number];
export const EDGE_PLATFORMS = ['slack', 'discord'] as const;
export type EdgePlatform = (typeof EDGE_PLATFORMS)[number];

export interface BenchOptions {
  customers: number;
  concurrency: number[];
  dbs: DbKind[];
  edgeSeconds: number;
  edgeConcurrency: number;
  edgeHandleLimit: number;
  /** Which platforms the edge part runs. */
  edgePlatforms: Set<EdgePlatform>;
  /** Seconds of the same load sent before the measured edge run, not measured (0: none). */
  edgeWarmup: number;
  /** Interactions in the Discord flood part, and how many the load generator keeps waiting for their answer. */
  floodInteractions: number;
  floodConcurrency: number;
  /** Gateway messages dispatched at once in the flood part. */
  floodMessages: number;
  scaleCases: number;
  /** Customers per busy burst in the scale part (five bursts). */
  scaleBurst: number;
  parts: Set<Part>;
  out: string;
}

export const USAGE = `npm run bench -- [options]

  --customers N          simulated customers per case-events run, 20 events each (default 2000)
  --concurrency LIST     customers at once, comma-separated (default 1,8,32)
  --db LIST              pglite,postgres (default both; PostgreSQL from DATABASE_URL or
                         postgres://postgres@127.0.0.1:5432/test, skipped with a note if unreachable)
  --edge-seconds S       how long each platform edge run sends (default 20)
  --edge-concurrency N   requests in flight at the platform edge (default 50)
  --edge-handle-limit N  experiment: at most N events handled at once in the bot (default: none)
  --edge-platforms LIST  slack,discord: which platforms the edge part runs (default both)
  --edge-warmup S        send the same load for S seconds before each edge run, not measured
                         (default 3: a running bot is warm; 0 measures from the first request,
                         JIT and caches cold)
  --flood-interactions N Discord interactions in the flood part (default 50000)
  --flood-concurrency N  flood interactions waiting for their answer at any time (default 200)
  --flood-messages N     gateway messages from new members dispatched at once in the flood part (default 10000)
  --scale-cases N        stored cases for the memory and /rma list part (default 100000)
  --scale-burst N        customers per busy burst in the scale part, five bursts (default 100)
  --only LIST            cases,baseline,edge,flood,scale,start,parsers,evidence (default all; parsers alone
                         needs no database; evidence copies a 240 MB file on an in-memory PGlite)
  --out FILE             where to write the results as JSON (default bench-results-<timestamp>.json)
  --help`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, not "${value}"`);
  return n;
}

function list<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T[] {
  if (value === undefined) return [...allowed];
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const wrong = items.filter((i) => !(allowed as readonly string[]).includes(i));
  if (wrong.length > 0 || items.length === 0) throw new Error(`--${name} takes ${allowed.join(',')}; not ${wrong.join(',') || 'nothing'}`);
  return items as T[];
}

export function readOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      customers: { type: 'string' },
      concurrency: { type: 'string' },
      db: { type: 'string' },
      'edge-seconds': { type: 'string' },
      'edge-concurrency': { type: 'string' },
      'edge-handle-limit': { type: 'string' },
      'edge-platforms': { type: 'string' },
      'edge-warmup': { type: 'string' },
      'flood-interactions': { type: 'string' },
      'flood-concurrency': { type: 'string' },
      'flood-messages': { type: 'string' },
      'scale-cases': { type: 'string' },
      'scale-burst': { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  const concurrency = (values.concurrency ?? '1,8,32').split(',').map((c) => positive('concurrency', c.trim(), 1));
  const stamp = new Date()
    .toISOString()
    .replace(/[:.]/g, '-')
    .replace(/-\d{3}Z$/, 'Z');
  return {
    customers: positive('customers', values.customers, 2000),
    concurrency,
    dbs: list('db', values.db, DB_KINDS),
    edgeSeconds: positive('edge-seconds', values['edge-seconds'], 20),
    edgeConcurrency: positive('edge-concurrency', values['edge-concurrency'], 50),
    edgeHandleLimit:
      values['edge-handle-limit'] === undefined || values['edge-handle-limit'] === '0'
        ? 0
        : positive('edge-handle-limit', values['edge-handle-limit'], 0),
    edgePlatforms: new Set(list('edge-platforms', values['edge-platforms'], EDGE_PLATFORMS)),
    // A bot runs for days: its acknowledgement time is measured once its JIT and connections are warm
    // (the start part measures a cold start). `--edge-warmup 0` measures from the first request.
    edgeWarmup: values['edge-warmup'] === '0' ? 0 : positive('edge-warmup', values['edge-warmup'], 3),
    floodInteractions: positive('flood-interactions', values['flood-interactions'], 50_000),
    floodConcurrency: positive('flood-concurrency', values['flood-concurrency'], 200),
    floodMessages: positive('flood-messages', values['flood-messages'], 10_000),
    scaleCases: positive('scale-cases', values['scale-cases'], 100_000),
    scaleBurst: positive('scale-burst', values['scale-burst'], 100),
    parts: new Set(list('only', values.only, PARTS)),
    out: values.out ?? `bench-results-${stamp}.json`,
  };
}
