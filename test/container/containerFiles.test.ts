// The Dockerfile, compose.yaml and .env.example at the top of the repository. There is no Docker engine
// in CI, so nothing is built or started here: the Dockerfile goes through dockerfile-utils' validator
// (the one behind VS Code's Docker support), compose.yaml through dclint (the Compose JSON schema plus
// its best-practice rules), and the choices a seller relies on are asserted one by one.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The Dockerfile's instructions, continuation lines joined, per stage (each FROM starts one). */
function stages(dockerfile: string): string[][] {
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const result: string[][] = [];
  for (const line of instructions) {
    if (/^FROM\s/i.test(line)) result.push([]);
    result.at(-1)?.push(line);
  }
  return result;
}

interface ComposeService {
  image?: string;
  build?: unknown;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  env_file?: string | string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
}

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const [build, runtime] = stages(dockerfile);

  it('passes the Dockerfile validator with no problem', () => {
    expect(validate(dockerfile).map((d) => `line ${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('builds on node:22-slim in two stages: npm ci and the build, then production dependencies only', () => {
    expect(stages(dockerfile)).toHaveLength(2);
    expect(build![0]).toMatch(/^FROM node:22-slim AS build$/);
    expect(build).toContain('RUN npm ci --no-audit --no-fund');
    expect(build).toContain('RUN npm run build');
    expect(runtime![0]).toBe('FROM node:22-slim');
    expect(runtime!.some((l) => /^RUN npm ci --omit=dev\b/.test(l))).toBe(true);
    expect(runtime).toContain('COPY --from=build /app/dist ./dist');
    // The migrations are read from ../../drizzle relative to dist/store/db.js.
    expect(runtime).toContain('COPY drizzle ./drizzle');
    expect(runtime).toContain('ENTRYPOINT ["node", "dist/cli.js"]');
  });

  it('runs as a user other than root, with a HEALTHCHECK through the compiled probe', () => {
    const users = runtime!.filter((l) => /^USER\s/.test(l));
    expect(users).toEqual(['USER node']);
    expect(runtime!.findIndex((l) => l.startsWith('USER'))).toBeLessThan(runtime!.findIndex((l) => l.startsWith('ENTRYPOINT')));
    expect(runtime!.find((l) => l.startsWith('HEALTHCHECK'))).toMatch(/ CMD \["node", "dist\/health\/probe\.js"\]$/);
  });

  it('.dockerignore keeps secrets, node_modules and local data out of the build context', () => {
    const lines = read('.dockerignore')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    // Everything is ignored except what the image is built from.
    expect(lines[0]).toBe('*');
    expect(lines.slice(1).every((l) => l.startsWith('!'))).toBe(true);
    expect(lines).not.toContain('!.env');
    for (const copied of dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const source of copied[1]!.split(' ')) {
        const top = source.split('/')[0]!;
        expect(lines.filter((l) => l === `!${top}` || l === `!${top}/`)).toHaveLength(1);
      }
    }
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml')) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };
  const { bot, db } = compose.services;

  it('passes dclint (the Compose schema and its rules) with no problem', () => {
    const dclint = join(ROOT, 'node_modules/dclint/bin/dclint.cjs');
    const result = spawnSync(process.execPath, [dclint, 'compose.yaml', '--formatter', 'json', '--color', 'false'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(result.stdout) as Array<{ messages: Array<{ rule: string; message: string }> }>;
    expect(report.flatMap((file) => file.messages.map((m) => `${m.rule}: ${m.message}`))).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('publishes every port on 127.0.0.1 only', () => {
    const ports = Object.values(compose.services).flatMap((s) => s.ports ?? []);
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('runs PostgreSQL 16 on a named volume, healthy when pg_isready says so', () => {
    expect(db!.image).toBe('postgres:16');
    expect(db!.volumes).toContain('pgdata:/var/lib/postgresql/data');
    expect(db!.healthcheck!.test).toContain('pg_isready');
    expect(compose.volumes).toHaveProperty('pgdata');
  });

  it('starts the bot once the database is healthy, with .env, a files volume and time to shut down', () => {
    expect(bot!.build).toBe('.');
    expect(bot!.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    expect(bot!.env_file).toBe('.env');
    expect(bot!.environment!.DATABASE_URL).toMatch(/^postgres:\/\/rma:\$\{POSTGRES_PASSWORD[^}]*\}@db:5432\/rma$/);
    // The image's working directory is /app: evidence and documents are under .rma-desk there.
    expect(bot!.volumes).toContain('files:/app/.rma-desk');
    expect(compose.volumes).toHaveProperty('files');
    // Longer than the bot's own shutdown deadline (SHUTDOWN_TIMEOUT_MS, 20 s by default).
    expect(Number.parseInt(bot!.stop_grace_period!, 10)).toBeGreaterThan(20);
  });
});

describe('.env.example', () => {
  const example = read('.env.example');
  const listed = new Set(example.split('\n').flatMap((line) => /^#?([A-Z][A-Z0-9_]*)=/.exec(line)?.[1] ?? []));

  /** The variables the code reads: `env.X`, `env['X']`, the keys of the zod env schemas, the secrets list. */
  function variablesReadBySource(): Set<string> {
    const names = new Set<string>();
    const src = join(ROOT, 'src');
    for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(src, file), 'utf8');
      for (const m of text.matchAll(/\benv\??\.([A-Z][A-Z0-9_]+)\b|\benv\['([A-Z][A-Z0-9_]+)'\]/g)) names.add((m[1] ?? m[2])!);
      if (text.includes('z.object(')) for (const m of text.matchAll(/^ +([A-Z][A-Z0-9_]+): /gm)) names.add(m[1]!);
      if (file === 'logRedaction.ts') for (const m of text.matchAll(/'([A-Z][A-Z0-9_]+)'/g)) names.add(m[1]!);
    }
    return names;
  }

  it('lists every environment variable the code reads', () => {
    const read = variablesReadBySource();
    expect(read.size).toBeGreaterThan(25);
    expect([...read].filter((name) => !listed.has(name)).sort()).toEqual([]);
  });

  it('gives each variable a comment line just above it', () => {
    const lines = example.split('\n');
    const bare = lines.flatMap((line, i) => (/^#?[A-Z][A-Z0-9_]*=/.test(line) && !/^# \S/.test(lines[i - 1] ?? '') ? [line] : []));
    // Two variables may share one comment when they go together (the host ports).
    expect(bare.filter((l) => !/^(?:HEALTH|SLACK)_HOST_PORT=/.test(l))).toEqual([]);
  });

  it('lists the health endpoint port and the shutdown deadline with their defaults', () => {
    expect(example).toMatch(/^#HEALTH_PORT=8080$/m);
    expect(example).toMatch(/^#SHUTDOWN_TIMEOUT_MS=20000$/m);
    expect(example).toMatch(/^POSTGRES_PASSWORD=$/m);
  });
});
