using Bot.Core.Abstractions;
using Bot.Infrastructure.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using Xunit;

namespace Bot.Tests.Shared;

/// <summary>
/// A temporary copy of the repository's knowledge/ folder behind the production <see cref="ReloadingKnowledgeProvider"/> (not
/// started, so no file watcher races the admin's reload), for tests that edit the files and reload. One file, compiled into
/// each adapter's test project (linked from tests/Shared).
/// </summary>
public sealed class KnowledgeCopy : IDisposable
{
    public KnowledgeCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "bot-kb-copy-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(RepositoryKnowledge.Root, "knowledge"), Root);
        Provider = new ReloadingKnowledgeProvider(Options.Create(new KnowledgeOptions { Path = Root }), new KnowledgeLoader(), () => [],
            TimeProvider.System, NullLogger<ReloadingKnowledgeProvider>.Instance);
    }

    public string Root { get; }

    public ReloadingKnowledgeProvider Provider { get; }

    /// <summary>Replaces the one occurrence of <paramref name="find"/> in <paramref name="file"/>.</summary>
    public void Edit(string file, string find, string replace)
    {
        var path = Path.Combine(Root, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' is not in {file} exactly once");
        File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..]);
    }

    /// <summary>The provider as the app's knowledge and as its reloader (register after the app's own, so these win).</summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(Provider);
        services.AddSingleton<IKnowledgeProvider>(Provider);
        services.AddSingleton<IKnowledgeReloader>(Provider);
    }

    public void Dispose()
    {
        Provider.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
