using HelpDesk.Engine.Directory;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Redacts the free-text elements of a stored document (see <see cref="HelpDesk.Engine.Storage.ErasableText"/>).</summary>
internal static class BsonRedaction
{
    /// <summary>Redacts the elements at the paths, in place; a path through an array reaches every item.</summary>
    /// <returns>Whether anything changed.</returns>
    public static bool Apply(BsonDocument document, IReadOnlyList<string> paths, PersonalDataRedaction redaction)
    {
        var changed = false;
        foreach (var path in paths)
        {
            changed |= Redact(document, path.Split('.'), redaction);
        }

        return changed;
    }

    private static bool Redact(BsonValue value, ReadOnlySpan<string> path, PersonalDataRedaction redaction)
    {
        if (value is BsonArray items)
        {
            var changed = false;
            for (var index = 0; index < items.Count; index++)
            {
                if (path.IsEmpty && items[index] is BsonString text)
                {
                    changed |= Replace(text.Value, redaction, redacted => items[index] = redacted);
                }
                else
                {
                    changed |= Redact(items[index], path, redaction);
                }
            }

            return changed;
        }

        if (path.IsEmpty || value is not BsonDocument fields || !fields.TryGetValue(path[0], out var child))
        {
            return false;
        }

        var name = path[0];
        return path.Length == 1 && child is BsonString field
            ? Replace(field.Value, redaction, redacted => fields[name] = redacted)
            : Redact(child, path[1..], redaction);
    }

    private static bool Replace(string text, PersonalDataRedaction redaction, Action<string> set)
    {
        var redacted = redaction.Apply(text)!;
        if (redacted == text)
        {
            return false;
        }

        set(redacted);
        return true;
    }
}
