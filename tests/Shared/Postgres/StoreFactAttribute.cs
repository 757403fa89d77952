using Xunit.Abstractions;
using Xunit.Sdk;

namespace Bot.Tests.Shared;

/// <summary>Marks a test class that needs <see cref="PostgresCluster"/>: its <see cref="StoreFactAttribute"/> tests are skipped, with the reason, where no server can be had.</summary>
public interface IPostgresTests;

/// <summary>Marks a test class that stops and starts <see cref="OwnPostgresCluster"/>: it needs the server binaries, not just a server.</summary>
public interface IPostgresFaultTests : IPostgresTests;

/// <summary>
/// A fact that runs on every provider: on a class marked <see cref="IPostgresTests"/> it is reported as skipped (never as passed)
/// with <see cref="PostgresCluster.UnavailableReason"/> where PostgreSQL is missing. Contract tests are written once on an abstract
/// class, so the skip has to be decided per concrete class, which a plain <c>Skip</c> cannot do.
/// </summary>
[XunitTestCaseDiscoverer("Bot.Tests.Shared.StoreFactDiscoverer", TestAssembly.Name)]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        var reason = typeof(IPostgresFaultTests).IsAssignableFrom(type) ? PostgresCluster.OwnClusterUnavailableReason
            : typeof(IPostgresTests).IsAssignableFrom(type) ? PostgresCluster.UnavailableReason
            : null;
        return reason is not null
            ? new SkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}

/// <summary>A test case reported as skipped with a reason decided at discovery.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string reason)
        : base(sink, display, options, testMethod) => _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("SkipReason");
        base.Deserialize(data);
    }
}
