namespace HelpDesk.Sdk.Domain;

/// <summary>How the caller reached the desk.</summary>
public enum InteractionChannel
{
    /// <summary>A phone call.</summary>
    Phone,

    /// <summary>A chat session.</summary>
    Chat,

    /// <summary>An e-mail thread.</summary>
    Email,
}
