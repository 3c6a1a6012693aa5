// Discord's rate limits on posting messages. The REST client waits out a short limit itself; one it
// would have to wait out for long (a 429 with a long retry-after, a global limit) is rejected
// instead, so an outbox row goes back to the relay with Discord's delay and no handler hangs on it.
import { RateLimitError, type RateLimitData } from 'discord.js';
import { DeliveryRetry } from '../../service/messages.ts';

/** The longest a message post waits in the REST client for a rate limit to pass. */
export const LONGEST_WAIT_MS = 10_000;

/** `rejectOnRateLimit` of the client's REST options. */
export function rejectLongWaits(data: RateLimitData): boolean {
  return data.method.toUpperCase() === 'POST' && data.route === '/channels/:id/messages' && data.retryAfter > LONGEST_WAIT_MS;
}

/** A rejected rate limit as a retry after Discord's delay; any other error as it is. */
export function asDeliveryError(error: unknown): unknown {
  if (error instanceof RateLimitError)
    return new DeliveryRetry(`Discord rate limit on ${error.method} ${error.route}${error.global ? ' (global)' : ''}`, error.retryAfter);
  return error;
}
