using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>Posts interactions to the endpoint, signed like Discord signs them (or deliberately not).</summary>
public sealed class SignedClient(HttpClient http, TestSigner signer)
{
    public const string Timestamp = "1700000000";

    public Task<HttpResponseMessage> PostAsync(string json) => PostAsync(Encoding.UTF8.GetBytes(json));

    public Task<HttpResponseMessage> PostAsync(byte[] body) => PostRawAsync(body, Timestamp, signer.Sign(Timestamp, body));

    public async Task<HttpResponseMessage> PostRawAsync(byte[] body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        return await http.SendAsync(request).WaitAsync(Loopback.Bound);
    }

    /// <summary>Posts and returns the 200 response's JSON.</summary>
    public async Task<JsonElement> InteractAsync(string json)
    {
        using var response = await PostAsync(json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
