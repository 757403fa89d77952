using System.CommandLine;
using Bot.Host.Cli;

// The one executable: every verb is a subcommand. `ask` works offline with no token.
var root = new RootCommand("Japan–South Korea relations bot: answers from a curated, sourced knowledge base.")
{
    AskCommand.Create(),
    ChatCommand.Create(),
    KnowledgeCommand.Create(),
    EvalCommand.Create(),
    DbCommand.Create(),
    ReportCommand.Create(),
    DigestCommand.Create(),
    ChartCommand.Create(),
    ServeCommand.Create(),
    CommandsCommand.Create(),
    ProbeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
