// Structured logs on stderr (stdout belongs to the chat and the JSONL contract). Secrets never reach
// the output: every logged object (errors and their causes included) and every message goes through
// logRedaction.ts, which censors secret fields at any depth and secrets inside any text; pino's own
// redaction of the same fields by path stays as a second guard.
import pino, { type DestinationStream, type Logger } from 'pino';
import { redactText, redactValue, SECRET_FIELD_NAMES } from './logRedaction.ts';

// pino's guard by path: the same names, at the top and two levels down.
export const REDACTED_PATHS = [...SECRET_FIELD_NAMES, 'Authorization'].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  const logger = pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: {
        log: (object) => redactValue(object) as Record<string, unknown>,
      },
      serializers: {
        // Errors were turned into plain, redacted objects by formatters.log already; pino's default
        // serializer would take them for errors again (they have a message) and rename their type.
        err: (value: unknown) => value,
        // The message, after printf-style arguments are put in.
        msg: (message: unknown) => (typeof message === 'string' ? redactText(message) : message),
      },
    },
    destination,
  );
  // pino formats a child's bindings once, with no formatter of ours (formatters.bindings is only for
  // the root's): redact them on the way in. Children inherit this from the root.
  const child = logger.child as unknown as (this: unknown, bindings: unknown, ...options: unknown[]) => Logger;
  logger.child = function (this: unknown, bindings: unknown, ...options: unknown[]) {
    return child.call(this, redactValue(bindings), ...options);
  } as unknown as Logger['child'];
  return logger;
}
