using Bot.Core.Abstractions;
using Bot.Infrastructure.Knowledge;

namespace Bot.Host.Cli;

/// <summary>Loads the knowledge base before any answer; a broken base stops the command with the validator's messages.</summary>
public static class KnowledgeGate
{
    public static bool TryLoad(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IKnowledgeProvider>().Current;
            return true;
        }
        catch (KnowledgeLoadException ex)
        {
            foreach (var problem in ex.Problems)
            {
                Console.Error.WriteLine(problem);
            }

            Console.Error.WriteLine($"Refusing to answer from a broken knowledge base ({ex.Problems.Count} problem(s)). Fix the files above, then run `knowledge validate`.");
            return false;
        }
    }
}
