namespace Bot.Adapters.Discord.Inbound.Gateway;

/// <summary>What to do after a connection ends.</summary>
internal enum NextStep
{
    /// <summary>Reconnect to the resume URL and Resume the session (missed events replay).</summary>
    Resume,

    /// <summary>Reconnect and Identify afresh (the session is gone).</summary>
    Identify,

    /// <summary>Discord refused us for good (bad token, disallowed intents…): stop, do not loop.</summary>
    Fatal,

    /// <summary>The host is stopping.</summary>
    Stop,
}

/// <summary>How a connection ended. <see cref="WasReady"/>: it reached READY or RESUMED, so the reconnect backoff starts over.</summary>
internal sealed record ConnectionEnd(NextStep Next, string Reason, bool WasReady);
