namespace RoomClients.Zoom;

/// <summary>Reads the start of an error answer inside the handler (within the attempt's timeout and the caller's token) and puts it back, so the error mapper still reads it.</summary>
internal static class ZoomResponseBuffer
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>Reads at most <see cref="MaxBytes"/> of <paramref name="response"/>'s body and replaces the content with those bytes (headers kept).</summary>
    public static async Task<byte[]> BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content is not { } content)
        {
            return [];
        }

        byte[] body;
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            body = buffer.AsSpan(0, total).ToArray();
        }

        var buffered = new ByteArrayContent(body);
        foreach (var header in content.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        content.Dispose();
        response.Content = buffered;
        return body;
    }
}
