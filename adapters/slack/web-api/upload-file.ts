import { SlackApiError, type SlackAuth, type SlackWebApi } from './slack-web-api.ts';

export interface FileUpload {
  readonly bytes: Uint8Array;
  readonly filename: string;
  readonly title: string;
  readonly channelId: string;
  readonly threadTs?: string;
  readonly initialComment?: string;
  /** What a screen reader says instead of a picture (Slack allows 1,000 characters). */
  readonly altText?: string;
}

/** Slack refuses a longer `alt_txt` (`alt_txt_too_large`). */
export const ALT_TEXT_LIMIT = 1000;

/**
 * Slack's files.uploadV2 flow (what the SDK's `files.uploadV2` does):
 * files.getUploadURLExternal, the bytes to the returned URL, then
 * files.completeUploadExternal to share the file in the channel.
 */
export async function uploadFile(api: SlackWebApi, auth: SlackAuth, file: FileUpload): Promise<string> {
  const slot = await api.call(auth, 'files.getUploadURLExternal', {
    filename: file.filename,
    length: file.bytes.byteLength,
    alt_txt: file.altText && shortened(file.altText, ALT_TEXT_LIMIT),
  });
  const uploadUrl = slot.upload_url;
  const fileId = slot.file_id;
  if (typeof uploadUrl !== 'string' || typeof fileId !== 'string') {
    throw new SlackApiError('files.getUploadURLExternal', 'no_upload_url_in_response');
  }
  await api.uploadBytes(uploadUrl, file.bytes);
  await api.call(
    auth,
    'files.completeUploadExternal',
    {
      files: [{ id: fileId, title: file.title }],
      channel_id: file.channelId,
      thread_ts: file.threadTs,
      initial_comment: file.initialComment,
    },
    { channel: file.channelId },
  );
  return fileId;
}

/** The text cut at a word to fit `limit` characters, an ellipsis saying that it was. */
function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}
