// The email settings a seller writes: read once at start, every mistake named in one message.
import { describe, expect, it } from 'vitest';
import { emailStaffPlatform, parseFrom, readEmailConfig } from '../../../src/adapters/email/emailConfig.ts';
import { ConfigError } from '../../../src/config/config.ts';

const BASE = {
  EMAIL_IMAP_URL: 'imaps://desk%40seller.example:p%40ss@imap.example.com/Support',
  EMAIL_SMTP_URL: 'smtps://desk%40seller.example@smtp.example.com',
  EMAIL_SMTP_PASSWORD: 'smtp-secret',
  EMAIL_FROM: 'Returns desk <rma@seller.example>',
};

describe('readEmailConfig', () => {
  it('is off without EMAIL_IMAP_URL', () => {
    expect(readEmailConfig({})).toBeNull();
  });

  it('reads servers, users, passwords, mailbox and defaults', () => {
    const config = readEmailConfig(BASE)!;
    expect(config.imap).toEqual({
      host: 'imap.example.com',
      port: 993,
      secure: true,
      requireStartTls: false,
      user: 'desk@seller.example',
      password: 'p@ss',
      mailbox: 'Support',
    });
    expect(config.smtp).toMatchObject({ host: 'smtp.example.com', port: 465, secure: true, password: 'smtp-secret' });
    expect(config.from).toEqual({ name: 'Returns desk', address: 'rma@seller.example' });
    expect(config.pollMs).toBe(60_000);
    expect(config.maxPerAddressPerHour).toBe(30);
    expect(config.oauth).toBeNull();
  });

  it('requires STARTTLS on plain ports of any host but loopback', () => {
    const remote = readEmailConfig({ ...BASE, EMAIL_SMTP_URL: 'smtp://u%40x@smtp.example.com:587' })!;
    expect(remote.smtp).toMatchObject({ port: 587, secure: false, requireStartTls: true });
    const local = readEmailConfig({ ...BASE, EMAIL_IMAP_URL: 'imap://u:p@127.0.0.1:1143' })!;
    expect(local.imap).toMatchObject({ port: 1143, secure: false, requireStartTls: false, mailbox: 'INBOX' });
  });

  it('takes OAuth2 instead of passwords, all three settings or none', () => {
    const oauth = readEmailConfig({
      EMAIL_IMAP_URL: 'imaps://desk%40seller.example@imap.gmail.com',
      EMAIL_SMTP_URL: 'smtps://desk%40seller.example@smtp.gmail.com',
      EMAIL_FROM: 'rma@seller.example',
      EMAIL_OAUTH_TOKEN_URL: 'https://oauth2.googleapis.com/token',
      EMAIL_OAUTH_CLIENT_ID: 'client',
      EMAIL_OAUTH_CLIENT_SECRET: 'secret',
      EMAIL_OAUTH_REFRESH_TOKEN: 'refresh',
    })!;
    expect(oauth.oauth).toEqual({
      tokenUrl: 'https://oauth2.googleapis.com/token',
      clientId: 'client',
      clientSecret: 'secret',
      refreshToken: 'refresh',
    });
    expect(() => readEmailConfig({ ...BASE, EMAIL_OAUTH_CLIENT_ID: 'client' })).toThrow(/go together/);
  });

  it('names every mistake at once', () => {
    let error: unknown;
    try {
      readEmailConfig({ EMAIL_IMAP_URL: 'imap://imap.example.com', EMAIL_FROM: 'not an address', EMAIL_STAFF_PLATFORM: 'pager' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/EMAIL_SMTP_URL is missing/);
    expect(message).toMatch(/EMAIL_STAFF_PLATFORM must be slack, discord, console or desk/);
  });

  it('refuses a From without an address, and a mailbox URL without its user or password', () => {
    expect(() => readEmailConfig({ ...BASE, EMAIL_FROM: 'Returns desk' })).toThrow(/EMAIL_FROM must be an address/);
    expect(() => readEmailConfig({ ...BASE, EMAIL_IMAP_URL: 'imaps://imap.example.com' })).toThrow(
      /EMAIL_IMAP_URL must name the mailbox user/,
    );
    expect(() => readEmailConfig({ ...BASE, EMAIL_SMTP_PASSWORD: '' })).toThrow(/EMAIL_SMTP_URL has no password/);
  });

  it('sends staff notices to the chat platform that runs, and refuses one that does not', () => {
    const config = readEmailConfig(BASE)!;
    expect(emailStaffPlatform(config, { slack: true, discord: true })).toBe('slack');
    expect(emailStaffPlatform(config, { slack: false, discord: true })).toBe('discord');
    expect(emailStaffPlatform(config, { slack: false, discord: false })).toBe('console');
    expect(emailStaffPlatform(readEmailConfig({ ...BASE, EMAIL_STAFF_PLATFORM: 'desk' }), { slack: false, discord: false })).toBe('desk');
    expect(() =>
      emailStaffPlatform(readEmailConfig({ ...BASE, EMAIL_STAFF_PLATFORM: 'discord' }), { slack: true, discord: false }),
    ).toThrow(/discord is not configured/);
  });

  it('parses a From with or without a name', () => {
    expect(parseFrom('"Returns, desk" <rma@seller.example>')).toEqual({ name: 'Returns, desk', address: 'rma@seller.example' });
    expect(parseFrom('rma@seller.example')).toEqual({ name: null, address: 'rma@seller.example' });
    expect(parseFrom('<>')).toBeNull();
  });
});
