namespace HelpDesk.Sdk.Greetings;

/// <summary>The moments of a call for which an agent is given lines to say.</summary>
public enum ScriptMoment
{
    /// <summary>Answering: organisation, agent name, ask the caller's name, how can I help.</summary>
    Greeting,

    /// <summary>Before putting the caller on hold: why, and asking permission.</summary>
    Hold,

    /// <summary>Checking back while the caller waits on hold.</summary>
    HoldCheckBack,

    /// <summary>Taking the caller off hold: thanks for waiting.</summary>
    Resume,

    /// <summary>Announcing a transfer: to whom and why.</summary>
    Transfer,

    /// <summary>Reading a message's key points back to the caller.</summary>
    MessageReadBack,

    /// <summary>Closing: summary of promises, anything else, thanks.</summary>
    Closing,
}
