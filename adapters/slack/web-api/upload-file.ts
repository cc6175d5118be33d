import { SlackApiError, type SlackAuth, type SlackWebApi } from './slack-web-api.ts';

export interface FileUpload {
  readonly bytes: Uint8Array;
  readonly filename: string;
  readonly title: string;
  readonly channelId: string;
  readonly threadTs?: string;
  readonly initialComment?: string;
}

/**
 * Slack's files.uploadV2 flow (what the SDK's `files.uploadV2` does):
 * files.getUploadURLExternal, the bytes to the returned URL, then
 * files.completeUploadExternal to share the file in the channel.
 */
export async function uploadFile(api: SlackWebApi, auth: SlackAuth, file: FileUpload): Promise<string> {
  const slot = await api.call(auth, 'files.getUploadURLExternal', {
    filename: file.filename,
    length: file.bytes.byteLength,
  });
  const uploadUrl = slot.upload_url;
  const fileId = slot.file_id;
  if (typeof uploadUrl !== 'string' || typeof fileId !== 'string') {
    throw new SlackApiError('files.getUploadURLExternal', 'no_upload_url_in_response');
  }
  await api.uploadBytes(uploadUrl, file.bytes, file.filename);
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
