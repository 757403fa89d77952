using Bot.Infrastructure.Knowledge;

namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>
/// A private copy of the good fixture folder that a test may break, deleted afterwards. Copies keep the
/// fixture itself pristine and let tests run in parallel.
/// </summary>
internal sealed class KnowledgeFixture : IDisposable
{
    public static string GoodFolder => Path.Combine(AppContext.BaseDirectory, "Knowledge", "Fixtures", "good");

    /// <summary>Korean and Japanese translations of the good fixture (ko/, ja/; one Japanese event left untranslated).</summary>
    public static string TranslationsFolder => Path.Combine(AppContext.BaseDirectory, "Knowledge", "Fixtures", "translated");

    /// <param name="parent">Where to put the copy; the system temp folder by default.</param>
    /// <param name="translated">Also copy the Korean and Japanese translations in.</param>
    public KnowledgeFixture(string? parent = null, bool translated = false)
    {
        Root = Path.Combine(parent ?? Path.GetTempPath(), "kb-test-" + Guid.NewGuid().ToString("N"));
        Copy(GoodFolder, Root);
        if (translated)
        {
            Copy(TranslationsFolder, Root);
        }
    }

    /// <summary>The good fixture with its Korean and Japanese translations.</summary>
    public static KnowledgeFixture Translated() => new(translated: true);

    public string Root { get; }

    public string PathOf(string file) => Path.Combine(Root, file);

    /// <summary>Replaces the one occurrence of <paramref name="find"/>; fails if it is not there exactly once.</summary>
    public KnowledgeFixture Edit(string file, string find, string replace)
    {
        var text = File.ReadAllText(PathOf(file));
        var first = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{find}' is not in {file}");
        Assert.True(text.IndexOf(find, first + 1, StringComparison.Ordinal) < 0, $"'{find}' is in {file} more than once");
        File.WriteAllText(PathOf(file), text[..first] + replace + text[(first + find.Length)..]);
        return this;
    }

    public void Write(string file, string text) => File.WriteAllText(PathOf(file), text);

    public void Write(string file, byte[] bytes) => File.WriteAllBytes(PathOf(file), bytes);

    public void Delete(string file) => File.Delete(PathOf(file));

    public KnowledgeLoadResult Load() => new KnowledgeLoader().Load(Root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
