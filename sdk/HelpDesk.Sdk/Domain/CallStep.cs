namespace HelpDesk.Sdk.Domain;

/// <summary>The seven steps of a well-handled call.</summary>
public enum CallStep
{
    /// <summary>Greet, introduce, verify identity, ask how to help.</summary>
    Greeting,

    /// <summary>Let the caller explain; reflect the problem back.</summary>
    Venting,

    /// <summary>Find out whether it is local or a major incident.</summary>
    Troubleshooting,

    /// <summary>Label the problem and write it on the ticket.</summary>
    Diagnosis,

    /// <summary>Explain what will be done, with options.</summary>
    Solution,

    /// <summary>Fix it or assign it, and tell the caller where it goes.</summary>
    ImplementOrAssign,

    /// <summary>Summarise, repeat promises, thank, let the caller hang up first.</summary>
    Goodbye,
}
