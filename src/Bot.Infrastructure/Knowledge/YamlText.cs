using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Bot.Infrastructure.Knowledge;

/// <summary>
/// Parses YAML into the representation model (every node keeps its line) without ever throwing:
/// syntax errors become problems at the parser's line.
/// </summary>
internal static class YamlText
{
    // Knowledge files nest four levels at most; the limit only has to stop a hostile file from
    // overflowing the stack in YamlDotNet's recursive node loading (that crash cannot be caught).
    private const int MaxDepth = 32;

    /// <summary>False when a problem was reported; <paramref name="root"/> is null for an empty document.</summary>
    public static bool TryParse(string text, ProblemLog log, out YamlNode? root)
    {
        root = null;
        if (!Precheck(text, log))
        {
            return false;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            return true;
        }
        catch (YamlException e)
        {
            // Mostly duplicate keys, which only the representation model detects.
            log.At(Math.Max(1, e.Start.Line), $"YAML error: {e.Message}");
            return false;
        }
        catch (Exception e)
        {
            log.At(1, $"YAML error: {e.Message}");
            return false;
        }
    }

    /// <summary>Runs the (iterative) parser once to catch syntax errors, excess nesting and extra documents.</summary>
    private static bool Precheck(string text, ProblemLog log)
    {
        var parser = new Parser(new StringReader(text));
        long lastLine = 1;
        var depth = 0;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastLine = current.Start.Line;
                switch (current)
                {
                    case DocumentStart when ++documents > 1:
                        log.At(lastLine, "the file holds more than one YAML document ('---'); keep everything in one");
                        return false;
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        log.At(lastLine, $"YAML nesting is deeper than {MaxDepth} levels");
                        return false;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }

            return true;
        }
        catch (YamlException e)
        {
            log.At(Math.Max(1, e.Start.Line), $"YAML syntax error: {e.Message}");
            return false;
        }
        catch (Exception)
        {
            // YamlDotNet 18 throws a bare InvalidOperationException for some unclosed flow collections;
            // the last event it did read is the best line we have.
            log.At(lastLine, "YAML syntax error: the parser could not continue after this line (an unclosed '[', '{' or quote?)");
            return false;
        }
    }
}
