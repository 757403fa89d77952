namespace Bot.Host.Composition;

/// <summary>
/// The generic host the CLI verbs run in: settings and logs as <see cref="BotComposition"/> says (logs on stderr, so stdout
/// carries only answers), and the bot's services.
/// </summary>
public static class CliHost
{
    public static IHost Build(string[]? args = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args ?? [],
            ContentRootPath = Directory.GetCurrentDirectory(),
            DisableDefaults = true,
        });
        builder.Configuration.AddBotConfiguration();
        builder.Logging.AddBotLogging(builder.Configuration);
        builder.Services.AddBotServices();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
