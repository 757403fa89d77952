using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Bot.Host.Admin;

/// <summary>Settings of the <c>Admin</c> section: the curator's web page in <c>serve</c>, off unless <see cref="Token"/> is set.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The shortest token accepted: 32 characters (e.g. <c>openssl rand -base64 32</c> gives 44).</summary>
    public const int MinTokenLength = 32;

    /// <summary>The secret that signs an admin in (form) or authorises an API call (<c>Authorization: Bearer</c>). Unset: no /admin at all.</summary>
    public string? Token { get; set; }

    /// <summary>How long a sign-in lasts, in hours (1–720, default 12).</summary>
    [Range(1, 720, ErrorMessage = "Admin__SessionHours (Admin:SessionHours) must be a whole number of hours from 1 to 720.")]
    public int SessionHours { get; set; } = 12;

    public bool Enabled => !string.IsNullOrEmpty(Token);
}

/// <summary>A token too short to resist guessing stops the server at start; the message names the setting and never shows its value.</summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options) =>
        options.Token is { Length: > 0 and < AdminOptions.MinTokenLength } token
            ? ValidateOptionsResult.Fail(
                $"Admin__Token (Admin:Token) must be at least {AdminOptions.MinTokenLength} characters (it has {token.Length}): use a random secret such as the output of `openssl rand -base64 32`, or unset it to turn /admin off.")
            : ValidateOptionsResult.Success;
}
