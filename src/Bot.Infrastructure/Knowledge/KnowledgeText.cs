using System.Buffers;
using System.Text;

namespace Bot.Infrastructure.Knowledge;

/// <summary>
/// Turns a file's bytes into text, refusing what is not UTF-8 text. YamlDotNet quietly accepts NUL and
/// replacement characters, so binary garbage would otherwise surface as confusing schema errors.
/// </summary>
internal static class KnowledgeText
{
    public static string? Decode(byte[] bytes, ProblemLog log)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        var line = 1;
        var rest = span;
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var used) != OperationStatus.Done)
            {
                log.At(line, "the file is not UTF-8 text (invalid byte sequence); knowledge files must be saved as UTF-8");
                return null;
            }

            if (rune.Value == '\n')
            {
                line++;
            }
            else if (Rune.IsControl(rune) && rune.Value is not ('\t' or '\r'))
            {
                log.At(line, $"the file holds binary data (control character U+{rune.Value:X4}); knowledge files are plain text");
                return null;
            }

            rest = rest[used..];
        }

        return Encoding.UTF8.GetString(span);
    }
}
