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
        // A CLI verb prints answers, not start-up chatter ("retrieval index built"): warnings and errors only, unless
        // appsettings.Local.json or the environment ask for more. Inserted after the shipped appsettings.json, before those.
        var shipped = builder.Configuration.Sources.OfType<Microsoft.Extensions.Configuration.Json.JsonConfigurationSource>().FirstOrDefault();
        builder.Configuration.Sources.Insert(shipped is null ? 0 : builder.Configuration.Sources.IndexOf(shipped) + 1,
            new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
            {
                InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Bot"] = "Warning" },
            });
        builder.Logging.AddBotLogging(builder.Configuration);
        builder.Services.AddBotServices();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
