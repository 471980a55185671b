namespace HelpDesk.Sdk.Testing;

/// <summary>
/// The plugin under test would not load in the host: its manifest, settings, registrator or components
/// are wrong. The message lists every problem found, each naming the field, setting or type at fault.
/// </summary>
public sealed class PluginHarnessException : Exception
{
    /// <summary>Creates the exception for one or more problems.</summary>
    /// <param name="problems">The problems, each a sentence.</param>
    /// <param name="innerException">The underlying error, if there is one.</param>
    public PluginHarnessException(IReadOnlyList<string> problems, Exception? innerException = null)
        : base(Describe(problems), innerException) => Problems = problems;

    /// <summary>Gets the problems found, each a sentence.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1
            ? problems[0]
            : $"The plugin has {problems.Count} problems:{Environment.NewLine}- {string.Join($"{Environment.NewLine}- ", problems)}";
    }
}
