namespace HelpDesk.PluginLoading;

/// <summary>Raised inside the loader when a plugin cannot run; turned into a refused status, never into a crash.</summary>
/// <param name="reason">Why, in a sentence a plugin author can act on.</param>
/// <param name="inner">The underlying error, if any.</param>
internal sealed class PluginRefusedException(string reason, Exception? inner = null) : Exception(reason, inner);
