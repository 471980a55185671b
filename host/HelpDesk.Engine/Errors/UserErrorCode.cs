namespace HelpDesk.Engine.Errors;

/// <summary>Stable codes for problems a user can fix by changing the input.</summary>
public enum UserErrorCode
{
    /// <summary>A required value is missing.</summary>
    Required,

    /// <summary>A value has the wrong form.</summary>
    Invalid,

    /// <summary>A value is longer than allowed.</summary>
    TooLong,

    /// <summary>A referenced object does not exist (or belongs to another organisation).</summary>
    NotFound,

    /// <summary>Someone else changed the object first; reload and retry.</summary>
    Conflict,

    /// <summary>A plugin could not produce what was asked.</summary>
    PluginFailed,
}
