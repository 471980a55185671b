namespace HelpDesk.Sdk.Domain;

/// <summary>The level of support that owns a ticket.</summary>
public enum SupportTier
{
    /// <summary>The first line that takes the call.</summary>
    FirstLevel,

    /// <summary>Specialists behind the first line.</summary>
    SecondLevel,

    /// <summary>Engineering or product experts.</summary>
    ThirdLevel,

    /// <summary>A supervisor of the desk.</summary>
    Supervisor,

    /// <summary>An outside supplier.</summary>
    Vendor,
}
