namespace HelpDesk.Engine.Desks;

/// <summary>A plugin folder shipped inside a desk archive under <c>plugins/&lt;name&gt;/</c>, read into memory.</summary>
/// <param name="Name">The folder's name, which it keeps in the host's plugin directory.</param>
/// <param name="Files">The folder's files, with paths relative to the folder and <c>/</c> as separator.</param>
public sealed record DeskPluginFolder(string Name, IReadOnlyList<DeskPluginFile> Files);

/// <summary>One file of a shipped plugin folder.</summary>
/// <param name="Path">The path inside the folder, <c>/</c>-separated, never leaving it.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record DeskPluginFile(string Path, ReadOnlyMemory<byte> Content);
