using System.Text.Json.Nodes;
using HelpDesk.Engine.Directory;

namespace HelpDesk.Storage.Embedded;

/// <summary>Redacts the free-text fields of a stored JSON document (see <see cref="HelpDesk.Engine.Storage.ErasableText"/>).</summary>
internal static class JsonRedaction
{
    /// <summary>Redacts the fields at the paths; a path through a list reaches every item.</summary>
    /// <returns>The document, and whether anything in it changed.</returns>
    public static (string Document, bool Changed) Apply(string document, IReadOnlyList<string> paths, PersonalDataRedaction redaction)
    {
        var root = JsonNode.Parse(document)!;
        var changed = false;
        foreach (var path in paths)
        {
            changed |= Redact(root, path.Split('.'), redaction);
        }

        return (changed ? root.ToJsonString(StoreJson.Options) : document, changed);
    }

    /// <summary>Sets the document's <c>version</c>, for documents a concurrent writer compares.</summary>
    public static string WithVersion(string document, int version)
    {
        var root = JsonNode.Parse(document)!;
        root["version"] = version;
        return root.ToJsonString(StoreJson.Options);
    }

    private static bool Redact(JsonNode? node, ReadOnlySpan<string> path, PersonalDataRedaction redaction)
    {
        if (node is JsonArray items)
        {
            var changed = false;
            for (var index = 0; index < items.Count; index++)
            {
                if (path.IsEmpty && Redacted(items[index], redaction) is { } text)
                {
                    items[index] = text;
                    changed = true;
                }
                else
                {
                    changed |= Redact(items[index], path, redaction);
                }
            }

            return changed;
        }

        if (path.IsEmpty || node is not JsonObject fields || !fields.TryGetPropertyValue(path[0], out var child))
        {
            return false;
        }

        if (path.Length == 1 && Redacted(child, redaction) is { } redacted)
        {
            fields[path[0]] = redacted;
            return true;
        }

        return Redact(child, path[1..], redaction);
    }

    /// <summary>The redacted text of a string value, or <see langword="null"/> when it is no string or names nobody.</summary>
    private static string? Redacted(JsonNode? node, PersonalDataRedaction redaction) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && redaction.Apply(text) is { } redacted && redacted != text ? redacted : null;
}
