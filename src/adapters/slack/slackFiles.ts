// Files people post, as the case keeps them: id, name, type, size and the file's download link on
// files.slack.com, which the evidence worker fetches later with the bot token. Nothing is downloaded
// here, and a link is kept only when it points at Slack's file host.
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
  /** The bytes, for a request with the bot token (files:read); `url_private_download` forces a download. */
  url_private: z.string().nullish(),
  url_private_download: z.string().nullish(),
  /** Slack Connect: files from another organisation arrive as a stub to be looked up with files.info. */
  file_access: z.string().nullish(),
  mode: z.string().nullish(),
});

export type SlackFile = z.output<typeof slackFileSchema>;

/**
 * `https://files.slack.com/…`: where `url_private` links point, and the one Slack host the evidence
 * worker downloads from (src/evidence/fileSources.ts). Anything else is not kept.
 */
export function isSlackFileUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
  return url.protocol === 'https:' && url.port === '' && !url.username && !url.password && url.hostname.toLowerCase() === 'files.slack.com';
}

export function fileRef(file: SlackFile): FileRef {
  const link = file.url_private_download ?? file.url_private;
  const name = (file.name ?? file.title ?? file.id).slice(0, 255) || file.id;
  return {
    id: file.id,
    name,
    type: file.mimetype || 'application/octet-stream',
    size: Math.max(0, Math.trunc(file.size ?? 0)),
    url: link && isSlackFileUrl(link) ? link : undefined,
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
