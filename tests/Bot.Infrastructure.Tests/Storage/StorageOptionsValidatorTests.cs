using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Tests.Storage.Postgres;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    [Fact]
    public void Validate_MalformedConnectionString_NamesTheKeyButNotThePassword()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions
        {
            Provider = StorageProvider.Postgres,
            ConnectionString = $"Host=db;Password={PostgresSecretsTests.Password};Bogus Keyword=1",
        });

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(PostgresSecretsTests.Password, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LiteDbWithoutConnectionString_Succeeds() =>
        Assert.True(new StorageOptionsValidator().Validate(null, new StorageOptions { ConnectionString = null }).Succeeded);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Validate_RetentionBelowOneDay_FailsNamingTheKey(int days)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { QuestionRetentionDays = days });

        Assert.True(result.Failed);
        Assert.Contains("Storage:QuestionRetentionDays", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DefaultRetention_Is90AndValid()
    {
        var options = new StorageOptions();

        Assert.Equal(90, options.QuestionRetentionDays);
        Assert.True(new StorageOptionsValidator().Validate(null, options).Succeeded);
    }
}
