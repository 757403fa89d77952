using System.CommandLine;
using Bot.Core.Answers;
using Bot.Core.Routing;
using Bot.Host.Composition;

namespace Bot.Host.Cli;

/// <summary><c>chat</c>: an interactive loop that keeps follow-up context ("and the year after that?").</summary>
public static class ChatCommand
{
    public static Command Create()
    {
        var command = new Command("chat", "Ask questions interactively; follow-ups keep their context. Empty line or Ctrl-D quits.");
        command.SetAction((_, ct) => RunAsync(ct));
        return command;
    }

    private static async Task<int> RunAsync(CancellationToken ct)
    {
        using var host = CliHost.Build();
        var opened = CliStartup.OpenRouter(host.Services, out var router);
        if (router is null)
        {
            return opened;
        }

        var conversation = $"chat:{Guid.NewGuid():N}";
        await Console.Out.WriteLineAsync("Ask about Japan–South Korea relations (empty line to quit).");
        while (!ct.IsCancellationRequested)
        {
            await Console.Out.WriteAsync("> ");
            var line = await Console.In.ReadLineAsync(ct);
            if (string.IsNullOrWhiteSpace(line))
            {
                break;
            }

            var answer = await router.RouteAsync(new Question { Text = line, ConversationKey = conversation, Platform = "cli" }, ct);
            await Console.Out.WriteLineAsync(AnswerText.Render(answer));
            await Console.Out.WriteLineAsync();
        }

        return ExitCodes.Ok;
    }
}
