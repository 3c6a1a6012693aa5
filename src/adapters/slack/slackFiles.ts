// Files people post, as the case keeps them: metadata only (id, name, type, size, permalink). Nothing
// is downloaded here, and a link is kept only when it points at Slack itself.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { FileRef } from '../../service/messages.ts';

export const slackFileSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  title: z.string().nullish(),
  mimetype: z.string().nullish(),
  size: z.number().nullish(),
  permalink: z.string().nullish(),
  /** Slack Connect: files from another organisation arrive as a stub to be looked up with files.info. */
  file_access: z.string().nullish(),
  mode: z.string().nullish(),
});

export type SlackFile = z.output<typeof slackFileSchema>;

/** Slack's own hosts: the workspace (`*.slack.com`) and its file host (`files.slack.com`, `slack-files.com`). */
export function isSlackUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
  const host = url.hostname.toLowerCase();
  return url.protocol === 'https:' && (host === 'slack.com' || host.endsWith('.slack.com') || host === 'slack-files.com' || host.endsWith('.slack-files.com'));
}

export function fileRef(file: SlackFile): FileRef {
  const name = (file.name ?? file.title ?? file.id).slice(0, 255) || file.id;
  return {
    id: file.id,
    name,
    type: file.mimetype || 'application/octet-stream',
    size: Math.max(0, Math.trunc(file.size ?? 0)),
    url: file.permalink && isSlackUrl(file.permalink) ? file.permalink : undefined,
  };
}

/** The files of a message; stubs (Slack Connect, `check_file_info`) are completed with files.info. */
export async function messageFiles(client: webApi.WebClient, files: SlackFile[], log?: Logger): Promise<FileRef[]> {
  const refs: FileRef[] = [];
  for (const file of files) {
    if (file.mode === 'tombstone') continue;
    if (file.file_access === 'check_file_info') {
      try {
        const info = await client.files.info({ file: file.id });
        const full = slackFileSchema.safeParse(info.file);
        refs.push(fileRef(full.success ? full.data : file));
      } catch (error) {
        log?.warn({ err: error, file: file.id }, 'files.info failed; keeping the file id only');
        refs.push(fileRef(file));
      }
    } else refs.push(fileRef(file));
  }
  return refs;
}
