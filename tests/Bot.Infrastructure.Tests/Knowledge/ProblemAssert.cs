using Bot.Infrastructure.Knowledge;

namespace Bot.Infrastructure.Tests.Knowledge;

internal static class ProblemAssert
{
    /// <summary>Asserts a failed load with a problem at exactly <paramref name="file"/>:<paramref name="line"/>.</summary>
    public static void Has(KnowledgeLoadResult result, string root, string file, int line, string fragment)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Knowledge);
        // Problem files are relative to the current directory or full paths; both resolve to the same full path.
        var expected = Path.GetFullPath(Path.Combine(root, file));
        if (!result.Problems.Any(p => Path.GetFullPath(p.File) == expected && p.Line == line
                                      && p.Message.Contains(fragment, StringComparison.Ordinal)))
        {
            Assert.Fail($"expected a problem at {file}:{line} containing \"{fragment}\"; got:\n{string.Join('\n', result.Problems)}");
        }
    }
}
