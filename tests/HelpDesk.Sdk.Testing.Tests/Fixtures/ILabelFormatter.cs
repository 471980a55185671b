namespace HelpDesk.Sdk.Testing.Tests.Fixtures;

/// <summary>A service the sample plugin's registrator provides to its tagger.</summary>
public interface ILabelFormatter
{
    string Format(string label);
}
