namespace HelpDesk.Sdk.Testing.Tests.Fixtures;

public sealed class LabelFormatter : ILabelFormatter
{
    public string Format(string label) => $"sample:{label.ToLowerInvariant()}";
}
