// Where the web desk is served: WEB_PORT (a port of its own), else under /desk on Slack's HTTP port;
// PUBLIC_URL is how staff reach it (links printed by `desk-link`, the Secure cookie when https).
import { ConfigError } from '../config/config.ts';

export interface WebConfig {
  port: number | null;
  publicUrl: string | null;
}

export function readWebConfig(env: NodeJS.ProcessEnv): WebConfig {
  const rawPort = env.WEB_PORT?.trim();
  if (rawPort && (!/^\d+$/.test(rawPort) || Number(rawPort) > 65535))
    throw new ConfigError(`WEB_PORT must be a port number (0 to 65535), got ${rawPort}`);
  const rawUrl = env.PUBLIC_URL?.trim();
  let publicUrl: string | null = null;
  if (rawUrl) {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      throw new ConfigError(`PUBLIC_URL must be a URL such as https://desk.example.com, got ${rawUrl}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new ConfigError(`PUBLIC_URL must start with https:// or http://, got ${rawUrl}`);
    publicUrl = url.origin + trimSlashes(url.pathname);
  }
  return { port: rawPort ? Number(rawPort) : null, publicUrl };
}

/** The desk's address for links: PUBLIC_URL, else this machine on the port the desk is served on. */
export function deskBaseUrl(config: WebConfig, fallbackPort: number | null): string | null {
  if (config.publicUrl) return config.publicUrl;
  const port = config.port ?? fallbackPort;
  return port === null ? null : `http://localhost:${port}`;
}

/** The text without its trailing slashes (`/` -> ``), in linear time. */
export function trimSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}
