using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Timebank.Domain.Directory;

/// <summary>
/// ORUK's opens_at and closes_at: "HH:MM" or "HH:MM:SS", with an optional UTC offset ("Z", "+01:00"). Without an
/// offset a time is local to the directory (Europe/London), which is how UK services write their hours.
/// </summary>
internal static partial class ScheduleTimes
{
    public static (LocalTime Time, Offset? Offset) Parse(string text, string path)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            throw new DomainException(new ScheduleDoesNotParse(path, $"\"{UkPostcode.Shorten(text)}\" is not a time: use 24-hour HH:MM or HH:MM:SS, for example 09:30 or 17:00:00"));
        var time = new LocalTime(Number(match.Groups["h"]), Number(match.Groups["m"]), match.Groups["s"].Success ? Number(match.Groups["s"]) : 0);
        var zone = match.Groups["z"];
        if (!zone.Success)
            return (time, null);
        if (zone.Value == "Z")
            return (time, Offset.Zero);
        var sign = zone.Value[0] == '-' ? -1 : 1;
        var digits = zone.Value[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        return (time, Offset.FromHoursAndMinutes(sign * int.Parse(digits[..2], CultureInfo.InvariantCulture), sign * int.Parse(digits[2..], CultureInfo.InvariantCulture)));
    }

    /// <summary>The ORUK text for a time, e.g. "10:00:00" or "10:00:00Z".</summary>
    public static string Format(LocalTime time, Offset? offset)
        => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + offset switch
        {
            null => string.Empty,
            { Seconds: 0 } => "Z",
            var o => o.Value.ToString("+HH:mm", CultureInfo.InvariantCulture),
        };

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("^(?<h>[01][0-9]|2[0-3]):(?<m>[0-5][0-9])(:(?<s>[0-5][0-9]))?(?<z>Z|[+-](0[0-9]|1[0-4]):?[0-5][0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
