using System.Globalization;
using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Charts;

/// <summary>Short axis labels: "9.5M" people rather than "9500000"; the unit itself is on the axis title.</summary>
internal static class ChartNumbers
{
    public static string Compact(double value, StatUnit unit)
    {
        var abs = Math.Abs(value);
        var sign = value < 0 ? "−" : "";
        if (unit is StatUnit.People or StatUnit.Count)
        {
            return abs switch
            {
                >= 1_000_000 => sign + (abs / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M",
                >= 1_000 => sign + (abs / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "K",
                _ => sign + abs.ToString("0", CultureInfo.InvariantCulture),
            };
        }

        return sign + abs.ToString(abs >= 100 || abs == Math.Floor(abs) ? "#,0" : "0.#", CultureInfo.InvariantCulture);
    }
}
