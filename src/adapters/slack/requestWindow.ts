// Bolt refuses a signed request more than 5 minutes old (a replay), but takes one dated any time in
// the future, so a signed request captured ahead of time (or from a host with a wrong clock) would be
// taken. This refuses, before Bolt sees it, a request whose x-slack-request-timestamp is more than 5
// minutes from now in either direction, with the 401 Bolt gives a bad signature.
import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';

export const MAX_REQUEST_SKEW_SECONDS = 5 * 60;

export function refusingOutOfWindow(listener: RequestListener, log: Logger, now: () => number = Date.now): RequestListener {
  return (req, res) => {
    const header = req.headers['x-slack-request-timestamp'];
    // A missing or unreadable timestamp is Bolt's to refuse (or an ssl_check, which carries none).
    const sent = typeof header === 'string' && /^\d+$/.test(header) ? Number(header) : null;
    const skewSeconds = sent === null ? 0 : sent - Math.floor(now() / 1000);
    if (Math.abs(skewSeconds) <= MAX_REQUEST_SKEW_SECONDS) {
      listener(req, res);
      return;
    }
    log.warn({ skewSeconds, path: req.url }, 'refused a Slack request dated more than 5 minutes from now');
    req.resume();
    res.writeHead(401);
    res.end();
  };
}
