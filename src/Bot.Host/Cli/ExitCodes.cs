namespace Bot.Host.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int KnowledgeInvalid = 1;
    public const int Usage = 2;
    public const int Configuration = 3;
}
