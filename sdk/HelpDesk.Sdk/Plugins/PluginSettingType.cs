namespace HelpDesk.Sdk.Plugins;

/// <summary>The JSON shape a plugin setting must have.</summary>
public enum PluginSettingType
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A whole JSON number.</summary>
    Integer,

    /// <summary>Any JSON number.</summary>
    Number,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A JSON array of strings.</summary>
    StringList,

    /// <summary>A JSON object, validated by the plugin itself.</summary>
    Object,
}
