namespace Bot.Host.Tests.Support;

/// <summary>A fresh folder per test for the LiteDB file (and any knowledge copy); deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bot-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Where Storage__Path points: the file need not exist until the host creates it.</summary>
    public string DatabasePath => System.IO.Path.Combine(Path, "bot.db");

    /// <summary>Every file the host left here (the database and any LiteDB journal), as bytes.</summary>
    public IEnumerable<(string File, byte[] Bytes)> Files() =>
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Select(f => (f, File.ReadAllBytes(f)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }
}
