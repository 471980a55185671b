namespace HelpDesk.Engine.Desks;

/// <summary>An organisation's desk written out as a desk package.</summary>
/// <param name="Manifest">The manifest.</param>
/// <param name="ManifestJson">The <c>desk.json</c> text.</param>
/// <param name="Zip">The desk archive holding <c>desk.json</c>.</param>
public sealed record DeskExport(DeskManifest Manifest, string ManifestJson, byte[] Zip);
