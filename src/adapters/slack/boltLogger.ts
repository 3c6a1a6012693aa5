// Bolt's logger interface on top of the app's pino logger, so Slack's own messages land in the same
// structured log (stderr) with the same redaction of secrets.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const FROM_PINO: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
};

function line(parts: unknown[]): string {
  return parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
}

export function boltLogger(log: Logger): BoltLogger {
  let child = log.child({ component: 'slack' });
  return {
    debug: (...msg) => child.debug(line(msg)),
    info: (...msg) => child.info(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    // The level is the app's (LOG_LEVEL); Bolt asking for another one is ignored on purpose.
    setLevel: () => {},
    getLevel: () => FROM_PINO[log.level] ?? LogLevel.INFO,
    setName: (name) => {
      child = log.child({ component: name });
    },
  };
}
