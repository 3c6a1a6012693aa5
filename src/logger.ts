// Structured logs on stderr (stdout belongs to the chat and the JSONL contract). Secrets are redacted.
import pino, { type Logger } from 'pino';

export const REDACTED_PATHS = ['token', '*.token', 'botToken', 'appToken', 'signingSecret', '*.signingSecret', 'headers.authorization', '*.headers.authorization', 'DATABASE_URL', 'password', '*.password'];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, pino.destination(2));
}
