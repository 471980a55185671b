using System.Globalization;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Plugins.Escalation.Hours;

/// <summary>
/// Reads opening hours written as <c>mon-fri 08:00-18:00; sat 09:00-12:30</c> – days (single, a range, or a comma
/// list) and a time range per part – and closed days written as ISO dates. Problems name the setting at fault.
/// </summary>
internal static class BusinessScheduleParser
{
    /// <summary>The setting holding the opening hours.</summary>
    public const string HoursSetting = "businessHours";
    /// <summary>The setting holding the closed days.</summary>
    public const string ClosedDaysSetting = "closedDays";
    /// <summary>The opening hours that mean around the clock.</summary>
    public const string AroundTheClock = "always";

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>Reads the settings.</summary>
    /// <exception cref="PluginSettingsException">A setting is malformed; the message names it and says what is expected.</exception>
    public static BusinessSchedule Parse(string hours, IReadOnlyList<string> closedDays)
    {
        var text = hours.Trim();
        var closed = ParseClosedDays(closedDays);
        if (text.Equals(AroundTheClock, StringComparison.OrdinalIgnoreCase))
        {
            return closed.Count == 0 ? BusinessSchedule.AroundTheClock : new(AllDayEveryDay(), closed, AroundTheClock);
        }

        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw Problem($"is empty; write opening hours such as \"mon-fri 08:00-18:00\", or \"{AroundTheClock}\" for around the clock");
        }

        var opening = parts.SelectMany(ParsePart).ToList();
        CheckNoOverlap(opening);
        return new(opening, closed, text);
    }

    private static List<OpeningHours> AllDayEveryDay() =>
        [.. Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours(day, TimeSpan.Zero, TimeSpan.FromDays(1)))];

    private static IEnumerable<OpeningHours> ParsePart(string part)
    {
        var pieces = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length != 2)
        {
            throw Problem($"has \"{part}\", which is not days and hours such as \"mon-fri 08:00-18:00\"");
        }

        var times = pieces[1].Split('-');
        if (times.Length != 2)
        {
            throw Problem($"has \"{pieces[1]}\", which is not a time range such as 08:00-18:00");
        }

        var (opens, closes) = (ParseTime(times[0]), ParseTime(times[1]));
        if (closes <= opens)
        {
            throw Problem($"has \"{pieces[1]}\", which closes before it opens; split hours past midnight over two days");
        }

        return ParseDays(pieces[0]).Select(day => new OpeningHours(day, opens, closes));
    }

    private static IEnumerable<DayOfWeek> ParseDays(string days)
    {
        foreach (var item in days.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var range = item.Split('-');
            var (first, last) = range.Length switch
            {
                1 => (ParseDay(range[0]), ParseDay(range[0])),
                2 => (ParseDay(range[0]), ParseDay(range[1])),
                _ => throw Problem($"has \"{item}\", which is not a day or a range of days such as mon-fri"),
            };

            // A range may wrap over the weekend: fri-mon is Friday to Monday.
            for (var day = first; ; day = (DayOfWeek)(((int)day + 1) % 7))
            {
                yield return day;
                if (day == last)
                {
                    break;
                }
            }
        }
    }

    private static DayOfWeek ParseDay(string name)
    {
        var index = Array.IndexOf(DayNames, name.Trim().ToLowerInvariant());
        return index >= 0 ? (DayOfWeek)index : throw Problem($"has \"{name}\", which is not a day; use {string.Join(", ", DayNames)}");
    }

    private static TimeSpan ParseTime(string text)
    {
        if (text == "24:00")
        {
            return TimeSpan.FromDays(1);
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToTimeSpan()
            : throw Problem($"has \"{text}\", which is not a time of day such as 08:00 (24-hour clock)");
    }

    private static void CheckNoOverlap(List<OpeningHours> opening)
    {
        foreach (var day in opening.GroupBy(h => h.Day))
        {
            var ordered = day.OrderBy(h => h.Opens).ToList();
            if (ordered.Zip(ordered.Skip(1)).FirstOrDefault(pair => pair.Second.Opens < pair.First.Closes) is { First: not null } clash)
            {
                throw Problem($"has overlapping hours on {day.Key}: {Format(clash.First)} and {Format(clash.Second)}");
            }
        }
    }

    private static HashSet<DateOnly> ParseClosedDays(IReadOnlyList<string> days)
    {
        var closed = new HashSet<DateOnly>();
        foreach (var day in days)
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new PluginSettingsException(ClosedDaysSetting, $"The setting '{ClosedDaysSetting}' has \"{day}\", which is not a date such as 2026-12-25.");
            }

            closed.Add(date);
        }

        return closed;
    }

    private static string Format(OpeningHours hours) => $"{hours.Opens:hh\\:mm}-{(hours.Closes == TimeSpan.FromDays(1) ? "24:00" : hours.Closes.ToString("hh\\:mm", CultureInfo.InvariantCulture))}";

    private static PluginSettingsException Problem(string what) => new(HoursSetting, $"The setting '{HoursSetting}' {what}.");
}
