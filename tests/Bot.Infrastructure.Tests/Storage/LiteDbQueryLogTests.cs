using System.Text;
using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class LiteDbQueryLogTests : IDisposable
{
    private readonly TempStorage _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Record_LogQuestionTextFalse_StoresNoQuestionText()
    {
        const string question = "what did the 1965 treaty settle?";
        var options = _temp.Options(logQuestionText: false);
        using (var db = TempStorage.Open(options))
        {
            var log = TempStorage.QueryLog(db, options);

            log.Record(Contracts.QueryLogContract.Entry(question));

            var read = Assert.Single(log.Recent(1));
            Assert.Null(read.Question);
            Assert.Equal("Statistic", read.Intent);
        }

        // The privacy switch is about the file on disk, not just what Recent returns.
        var needle = Encoding.UTF8.GetBytes(question);
        foreach (var file in Directory.EnumerateFiles(_temp.Root))
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(needle) < 0, $"{file} holds the question text");
        }
    }

    [Fact]
    public void Record_DatabaseUnwritable_LogsWarningWithoutQuestionAndDoesNotThrow()
    {
        var options = _temp.Options();
        var dbLogger = new ListLogger<LiteDbContext>();
        using var db = new LiteDbContext(Microsoft.Extensions.Options.Options.Create(options), dbLogger);
        var logger = new ListLogger<LiteDbQueryLog>();
        var log = TempStorage.QueryLog(db, options, logger);
        // Shared mode reopens the file per operation; a directory in its place breaks the next write.
        File.Delete(_temp.DatabasePath);
        Directory.CreateDirectory(_temp.DatabasePath);

        var thrown = Record.Exception(() => log.Record(Contracts.QueryLogContract.Entry("secret question")));

        // The outage's one warning comes from the context (shared by every store); the log's own line is debug detail.
        Assert.Null(thrown);
        var warning = Assert.Single(dbLogger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.NotNull(warning.Exception);
        Assert.Contains(_temp.DatabasePath, warning.Message, StringComparison.Ordinal);
        var detail = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Debug, detail.Level);
        Assert.All(dbLogger.Entries.Concat(logger.Entries), e => Assert.DoesNotContain("secret question", e.Message, StringComparison.Ordinal));
    }
}
