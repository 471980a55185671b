using HelpDesk.Plugins.Tagging.Rules;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;

namespace HelpDesk.Plugins.Tagging;

/// <summary>
/// Labels a ticket with its priority, status and (when an agent marked it) caller type, and with a service type
/// and category for every keyword found in the subject, description or new note, regardless of case and accents:
/// as a whole word in languages that put spaces between words, anywhere in Japanese. The organisation's own rules
/// are checked first, then the built-in English, Dutch, French, German, Japanese and Hungarian ones; each label is
/// proposed once, its reason naming the keyword and where it was found.
/// </summary>
public sealed class KeywordTagger : ITagger
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var proposals = FieldTags.Of(request).ToList();
        var rules = OrganisationRules.Read(context.Settings);
        if (context.Settings.Get("builtInRules", true))
        {
            rules = [.. rules, .. BuiltInRules.All];
        }

        var proposed = proposals.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, text) in TicketText.Of(request))
        {
            var folded = FoldedText.Of(text);
            foreach (var rule in rules.Where(r => !proposed.Contains(r.Tag) && r.Matches(folded)))
            {
                proposed.Add(rule.Tag);
                proposals.Add(new TagProposal { Name = rule.Tag, Confidence = rule.Confidence, Source = rule.Source, Reason = $"keyword '{rule.Keyword}' in the {field}" });
            }
        }

        return ValueTask.FromResult<IReadOnlyList<TagProposal>>(proposals);
    }
}
