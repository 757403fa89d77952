using Bot.Adapters.Common.Work;
using Bot.Core;
using Bot.Host.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.Tests.Composition;

/// <summary>How <c>serve</c> composes the two adapters, checked in-process (nothing is started).</summary>
public sealed class AdapterCompositionTests
{
    [Fact]
    public async Task Build_BothAdapters_EachWorkQueueRunsAsAHostedService()
    {
        await using var app = ServeCommand.Build("http://127.0.0.1:0");

        var hosted = app.Services.GetServices<IHostedService>().OfType<WorkQueue>().ToList();

        // AddHostedService keeps one hosted service per implementation type: the second adapter's queue would never run.
        Assert.Equal(2, hosted.Count);
        Assert.Contains(app.Services.GetRequiredKeyedService<WorkQueue>(Platforms.Discord), hosted);
        Assert.Contains(app.Services.GetRequiredKeyedService<WorkQueue>(Platforms.Slack), hosted);
    }
}
