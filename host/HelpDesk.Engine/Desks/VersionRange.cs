namespace HelpDesk.Engine.Desks;

/// <summary>
/// The plugin versions a desk accepts: <c>*</c> (any), <c>1.2.3</c> (exactly), <c>^1.2</c> (1.2 or later, below the next
/// major; below the next minor for 0.x), <c>~1.2</c> (1.2.x) or <c>&gt;=1.2</c> (1.2 or later).
/// </summary>
public sealed record VersionRange
{
    private VersionRange(string text, Version minimum, Version? below, bool exact)
    {
        Text = text;
        Minimum = minimum;
        Below = below;
        Exact = exact;
    }

    /// <summary>Gets the range as written.</summary>
    public string Text { get; }

    private Version Minimum { get; }

    private Version? Below { get; }

    private bool Exact { get; }

    /// <summary>Reads a range.</summary>
    /// <param name="text">The range as written.</param>
    /// <param name="range">The range, when it could be read.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a range.</returns>
    public static bool TryParse(string? text, out VersionRange? range)
    {
        range = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed == "*")
        {
            range = new VersionRange(trimmed, new Version(0, 0, 0), null, exact: false);
            return true;
        }

        var (prefix, rest) = trimmed switch
        {
            _ when trimmed.StartsWith(">=", StringComparison.Ordinal) => (">=", trimmed[2..]),
            _ when trimmed.StartsWith('^') => ("^", trimmed[1..]),
            _ when trimmed.StartsWith('~') => ("~", trimmed[1..]),
            _ => ("", trimmed),
        };
        if (!TryParseVersion(rest, out var minimum))
        {
            return false;
        }

        var below = prefix switch
        {
            "^" when minimum.Major > 0 => new Version(minimum.Major + 1, 0, 0),
            "^" or "~" => new Version(minimum.Major, minimum.Minor + 1, 0),
            _ => null,
        };
        range = new VersionRange(trimmed, minimum, below, exact: prefix.Length == 0);
        return true;
    }

    /// <summary>Reads a semantic version, ignoring pre-release and build labels; a missing minor or patch counts as 0.</summary>
    /// <param name="text">The version as written (for example <c>1.2.3</c> or <c>1.2</c>).</param>
    /// <param name="version">The version as major, minor and patch.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a version.</returns>
    public static bool TryParseVersion(string? text, out Version version)
    {
        version = new Version(0, 0, 0);
        var core = (text ?? "").Trim().Split('-', '+')[0];
        var parts = core.Split('.');
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit) || p.Length > 9))
        {
            return false;
        }

        var numbers = parts.Select(int.Parse).Concat([0, 0]).ToArray();
        version = new Version(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>Tells whether a plugin version is in the range.</summary>
    /// <param name="version">The plugin's version as written in its manifest.</param>
    /// <returns><see langword="true"/> when the version is accepted.</returns>
    public bool IsSatisfiedBy(string version)
    {
        if (!TryParseVersion(version, out var parsed))
        {
            return false;
        }

        return Exact ? parsed == Minimum : parsed >= Minimum && (Below is null || parsed < Below);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
