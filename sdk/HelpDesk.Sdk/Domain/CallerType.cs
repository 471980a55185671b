namespace HelpDesk.Sdk.Domain;

/// <summary>The difficult-caller types agents learn to recognise.</summary>
public enum CallerType
{
    /// <summary>Not marked.</summary>
    Unknown,

    /// <summary>Forceful and loud.</summary>
    Screamer,

    /// <summary>Confused, many questions, a poor listener.</summary>
    Wanderer,

    /// <summary>Focused and irritating, but honourable.</summary>
    Demander,

    /// <summary>Rude and unreasonable.</summary>
    Threatener,
}
