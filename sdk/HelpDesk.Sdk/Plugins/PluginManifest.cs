using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace HelpDesk.Sdk.Plugins;

/// <summary>
/// What a plugin says about itself in the <c>plugin.json</c> file of its folder: identity, version,
/// the SDK version it was built against, the kinds it provides and the settings it accepts.
/// </summary>
public sealed partial record PluginManifest
{
    /// <summary>The file name the host looks for in each plugin folder.</summary>
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    /// <summary>Gets the plugin's unique id: lower-case letters, digits, dots and dashes (for example <c>acme.tagging</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the plugin's own version (semantic versioning).</summary>
    public required string Version { get; init; }

    /// <summary>Gets what the plugin does, in a sentence or two.</summary>
    public string Description { get; init; } = "";

    /// <summary>Gets the SDK version the plugin was built against (<c>major.minor</c> or <c>major.minor.patch</c>).</summary>
    public required string SdkVersion { get; init; }

    /// <summary>Gets the file name of the plugin's main assembly in its folder.</summary>
    public required string Assembly { get; init; }

    /// <summary>Gets the kinds of component the plugin provides (see <see cref="PluginKinds"/>).</summary>
    public required IReadOnlyList<string> Kinds { get; init; }

    /// <summary>Gets the settings the plugin accepts, by name.</summary>
    public IReadOnlyDictionary<string, PluginSettingDefinition> Settings { get; init; } =
        new Dictionary<string, PluginSettingDefinition>();

    /// <summary>Reads and validates a manifest.</summary>
    /// <param name="json">The text of a <c>plugin.json</c> file.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="PluginManifestException">The text is not a valid manifest; the message names the field.</exception>
    public static PluginManifest Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        PluginManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new PluginManifestException(DescribeJsonError(e), e);
        }

        if (manifest is null)
        {
            throw new PluginManifestException("The manifest is empty; it must be a JSON object.");
        }

        manifest.Validate();
        return manifest;
    }

    /// <summary>Gets <see cref="SdkVersion"/> as a <see cref="System.Version"/>.</summary>
    /// <returns>The parsed version.</returns>
    public Version GetSdkVersion() => System.Version.Parse(SdkVersion);

    private void Validate()
    {
        Require(IdPattern().IsMatch(Id), "id", $"'{Id}' is not a valid plugin id: use lower-case letters, digits, dots and dashes, starting with a letter.");
        Require(!string.IsNullOrWhiteSpace(Name), "name", "the name is empty.");
        Require(SemanticVersionPattern().IsMatch(Version), "version", $"'{Version}' is not a semantic version such as 1.2.0.");
        Require(System.Version.TryParse(SdkVersion, out _) && SdkVersion.Count(c => c == '.') is 1 or 2, "sdkVersion", $"'{SdkVersion}' is not a version such as 1.0.");
        Require(AssemblyPattern().IsMatch(Assembly), "assembly", $"'{Assembly}' must be a file name ending in .dll, without folders.");
        Require(Kinds.Count > 0, "kinds", "the plugin must provide at least one kind.");
        foreach (var kind in Kinds)
        {
            Require(PluginKinds.ComponentInterfaces.ContainsKey(kind), "kinds", $"'{kind}' is not a known kind; known kinds are {string.Join(", ", PluginKinds.ComponentInterfaces.Keys)}.");
        }

        foreach (var (name, setting) in Settings)
        {
            Require(SettingNamePattern().IsMatch(name), $"settings.{name}", "setting names are camelCase letters and digits.");
            Require(setting.AllowedValues.Count == 0 || setting.Type == PluginSettingType.String, $"settings.{name}.allowedValues", "only string settings can list allowed values.");
        }
    }

    private static void Require(bool condition, string field, string problem)
    {
        if (!condition)
        {
            throw new PluginManifestException($"Field '{field}': {problem}", field);
        }
    }

    private static string DescribeJsonError(JsonException e)
    {
        var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path.TrimStart('$', '.');
        return path is null
            ? $"The manifest is not valid: {e.Message}"
            : $"Field '{path}': the value has the wrong type or format ({e.Message.Split(" Path:")[0]})";
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*([.-][a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemanticVersionPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+\.dll$")]
    private static partial Regex AssemblyPattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex SettingNamePattern();
}
