namespace HelpDesk.Sdk.Domain;

/// <summary>Whether a message's caller was called back.</summary>
public enum MessageStatus
{
    /// <summary>Not called back yet.</summary>
    Open,

    /// <summary>Called back.</summary>
    CalledBack,
}
