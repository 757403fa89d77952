using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack;

/// <summary>Checks the settings the chosen <see cref="SlackMode"/> needs, naming each configuration key that is wrong.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (options.Mode == SlackMode.Off)
        {
            return ValidateOptionsResult.Success;
        }

        var mode = options.Mode.ToString();
        var errors = new List<string>();
        if (!HasPrefix(options.BotToken, "xoxb-"))
        {
            errors.Add($"Slack:BotToken (env Slack__BotToken) must be a bot token starting with xoxb- when Slack:Mode is {mode}.");
        }

        if (options.Mode == SlackMode.Events && string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            errors.Add("Slack:SigningSecret (env Slack__SigningSecret) is required when Slack:Mode is Events (Basic Information → Signing Secret).");
        }

        if (options.Mode == SlackMode.SocketMode && !HasPrefix(options.AppToken, "xapp-"))
        {
            errors.Add("Slack:AppToken (env Slack__AppToken) must be an app-level token starting with xapp- (scope connections:write) when Slack:Mode is SocketMode.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http") || !options.ApiBaseUrl.EndsWith('/'))
        {
            errors.Add($"Slack:ApiBaseUrl '{options.ApiBaseUrl}' must be an absolute http(s) URL ending with '/', e.g. https://slack.com/api/.");
        }

        if (options.Command.Length < 2 || options.Command[0] != '/' || options.Command.Any(char.IsWhiteSpace))
        {
            errors.Add($"Slack:Command '{options.Command}' must be a slash command such as /jk.");
        }

        if (options.ReconnectMaxDelay < options.ReconnectBaseDelay)
        {
            errors.Add("Slack:ReconnectMaxDelay must not be shorter than Slack:ReconnectBaseDelay.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool HasPrefix(string? token, string prefix) =>
        !string.IsNullOrWhiteSpace(token) && token.StartsWith(prefix, StringComparison.Ordinal) && token.Length > prefix.Length;
}
