using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Outbound;

/// <summary>
/// Shares a PNG in a channel's thread the way Slack wants it now: files.getUploadURLExternal → bytes to upload_url →
/// files.completeUploadExternal (channel_id, thread_ts). A failure is logged and reported as false, never thrown.
/// </summary>
public static class SlackFileUpload
{
    /// <param name="what">What is being attached, for the log ("Digest chart", "Answer chart").</param>
    public static async Task<bool> UploadToThreadAsync(
        SlackApiClient api, ILogger logger, string what, string channel, string threadTs, string filename, string title, byte[] png,
        CancellationToken ct)
    {
        var url = await api.GetUploadUrlAsync(filename, png.Length, ct).ConfigureAwait(false);
        if (!url.Ok || url.Field("upload_url") is not { } uploadUrl || url.Field("file_id") is not { } fileId)
        {
            logger.LogWarning("{What} not attached in Slack channel {Channel}: files.getUploadURLExternal {Error}", what, channel, url.Error ?? "gave no upload_url");
            return false;
        }

        if (!await api.UploadBytesAsync(uploadUrl, png, ct).ConfigureAwait(false))
        {
            logger.LogWarning("{What} not attached in Slack channel {Channel}: the upload failed", what, channel);
            return false;
        }

        var completed = await api.CompleteUploadAsync(fileId, title, channel, threadTs, ct).ConfigureAwait(false);
        if (!completed.Ok)
        {
            logger.LogWarning("{What} not attached in Slack channel {Channel}: files.completeUploadExternal {Error}", what, channel, completed.Error);
            return false;
        }

        return true;
    }
}
