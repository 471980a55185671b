namespace HelpDesk.GraphQL.Transport;

/// <summary>Places a value at a dotted path such as <c>variables.input.archive</c> or <c>variables.files.0</c> in request variables.</summary>
internal static class VariablePath
{
    private const string Prefix = "variables.";

    /// <summary>Sets the value where the path points, replacing the <c>null</c> the client put there.</summary>
    /// <param name="variables">The request's variables, changed in place.</param>
    /// <param name="path">The path, starting with <c>variables.</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="null"/> when set, or what is wrong with the path, as the end of a sentence.</returns>
    public static string? Set(Dictionary<string, object?> variables, string path, object value)
    {
        if (!path.StartsWith(Prefix, StringComparison.Ordinal) || path.Length == Prefix.Length)
        {
            return "must start with 'variables.' and name a variable";
        }

        var parts = path[Prefix.Length..].Split('.');
        object? container = variables;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            switch (container)
            {
                case IDictionary<string, object?> fields when fields.ContainsKey(parts[i]) || last:
                    if (last)
                    {
                        fields[parts[i]] = value;
                        return null;
                    }

                    container = fields[parts[i]];
                    break;
                case IList<object?> items when int.TryParse(parts[i], out var index) && index >= 0 && index < items.Count:
                    if (last)
                    {
                        items[index] = value;
                        return null;
                    }

                    container = items[index];
                    break;
                default:
                    return $"leads nowhere at '{parts[i]}'; the variables need a null there for the file";
            }
        }

        return "leads nowhere";
    }
}
