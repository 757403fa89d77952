using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Inbound;

/// <summary>
/// The application's Public Key, parsed once when first needed (Http mode only: validation at start has checked it) and then used
/// for every request. <see cref="Load"/> parses it ahead of the first request.
/// </summary>
public sealed class InteractionSignature(IOptions<DiscordOptions> options)
{
    private readonly Lazy<Ed25519Verifier> _verifier = new(() => new Ed25519Verifier(options.Value.PublicKey!));

    public bool IsLoaded => _verifier.IsValueCreated;

    public void Load() => _ = _verifier.Value;

    public bool Verify(string? timestamp, string? signatureHex, ReadOnlySpan<byte> body) => _verifier.Value.Verify(timestamp, signatureHex, body);
}
