namespace HelpDesk.Engine.Plugins;

/// <summary>Whether a discovered plugin runs.</summary>
public enum PluginStatus
{
    /// <summary>Loaded and validated; organisations can enable it.</summary>
    Active,

    /// <summary>Not loaded; <see cref="LoadedPlugin.Reason"/> says why.</summary>
    Refused,
}
