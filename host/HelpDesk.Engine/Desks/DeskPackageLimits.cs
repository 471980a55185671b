namespace HelpDesk.Engine.Desks;

/// <summary>How large a desk archive may be; an archive over a limit is refused before anything is unpacked.</summary>
public sealed record DeskPackageLimits
{
    /// <summary>Gets the default limits.</summary>
    public static DeskPackageLimits Default { get; } = new();

    /// <summary>Gets the most entries an archive may hold.</summary>
    public int MaxEntries { get; init; } = 1000;

    /// <summary>Gets the most bytes the archive's entries may hold together, unpacked.</summary>
    public long MaxTotalBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Gets the most bytes <c>desk.json</c> may hold.</summary>
    public long MaxManifestBytes { get; init; } = 1024 * 1024;
}
