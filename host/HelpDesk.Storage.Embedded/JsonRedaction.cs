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
                changed |= items[index] is JsonValue && path.IsEmpty ? RedactValue(items, index, redaction) : Redact(items[index], path, redaction);
            }

            return changed;
        }

        if (path.IsEmpty || node is not JsonObject fields || !fields.TryGetPropertyValue(path[0], out var child))
        {
            return false;
        }

        return path.Length == 1 && child is JsonValue ? RedactField(fields, path[0], redaction) : Redact(child, path[1..], redaction);
    }

    private static bool RedactField(JsonObject fields, string name, PersonalDataRedaction redaction)
    {
        if (fields[name] is not JsonValue value || !value.TryGetValue<string>(out var text) || redaction.Apply(text) is not { } redacted || redacted == text)
        {
            return false;
        }

        fields[name] = redacted;
        return true;
    }

    private static bool RedactValue(JsonArray items, int index, PersonalDataRedaction redaction)
    {
        if (items[index] is not JsonValue value || !value.TryGetValue<string>(out var text) || redaction.Apply(text) is not { } redacted || redacted == text)
        {
            return false;
        }

        items[index] = redacted;
        return true;
    }
}
