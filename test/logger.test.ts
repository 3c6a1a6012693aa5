import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger('info', stream), text: () => lines.join('') };
}

describe('logger', () => {
  it('never writes tokens, secrets or passwords, at any depth it is given them', () => {
    const { log, text } = capture();
    log.info(
      { config: { botToken: 'xoxb-123-secret', signingSecret: 'sign-secret', mode: { appToken: 'xapp-1-secret' } } },
      'slack config',
    );
    log.info({ token: 'discord-token-secret', request: { headers: { authorization: 'Bot discord-token-secret' } } }, 'request');
    log.error(
      { env: { DATABASE_URL: 'postgres://u:pw-secret@db/x', SLACK_SIGNING_SECRET: 'sign-secret' }, password: 'pw-secret' },
      'startup',
    );
    const written = text();
    for (const secret of ['xoxb-123-secret', 'sign-secret', 'xapp-1-secret', 'discord-token-secret', 'pw-secret'])
      expect(written).not.toContain(secret);
    expect(written.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(8);
    expect(written).toContain('"msg":"slack config"');
  });
});
