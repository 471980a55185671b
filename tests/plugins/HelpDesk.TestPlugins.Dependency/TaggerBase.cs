namespace HelpDesk.TestPlugins.Dependency;

/// <summary>A base class that lives in a separate assembly.</summary>
public abstract class TaggerBase
{
    /// <summary>Gets the label the derived tagger adds.</summary>
    protected virtual string Label => "test:dependency";
}
