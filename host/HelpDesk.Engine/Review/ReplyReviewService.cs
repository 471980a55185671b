using System.Text.RegularExpressions;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Review;

namespace HelpDesk.Engine.Review;

/// <summary>
/// Reviews what an agent types with every reply-review plugin the organisation enabled, merging their findings
/// in text order. Called on every keystroke, so it reads the organisation only when it must pick the language.
/// </summary>
public sealed partial class ReplyReviewService(IOrganizationStore organizations, DeskPlugins plugins, PluginInvoker invoker)
{
    /// <summary>The longest text reviewed, in characters; a longer one is refused, not cut.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Reviews a text.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="query">The text, its language and whether the caller will read it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The merged review (empty for an empty text), or an error naming the input at fault or the plugins' failure.</returns>
    public async Task<OperationResult<ReplyReview>> ReviewAsync(string organizationId, ReplyReviewQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = query.Text ?? "";
        if (text.Length > MaxTextLength)
        {
            return Fail(["text"], $"The text has {text.Length} characters; a review takes at most {MaxTextLength}. Send the paragraph being edited.", UserErrorCode.TooLong);
        }

        var language = await LanguageAsync(organizationId, query.Language, cancellationToken);
        if (text.Length == 0)
        {
            return OperationResult<ReplyReview>.Success(new ReplyReview { Language = language });
        }

        var reviewers = await plugins.GetAsync<IReplyReviewer>(organizationId, cancellationToken);
        if (reviewers.Count == 0)
        {
            return Fail([], "No reply-review plugin is enabled for your organisation.", UserErrorCode.NotFound);
        }

        var request = new ReplyReviewRequest { Text = text, Language = language, Kind = query.Kind };
        var reviews = new List<ReplyReview>();
        var failures = new List<string>();
        foreach (var reviewer in reviewers)
        {
            var result = await invoker.InvokeAsync(reviewer, (r, ct) => r.ReviewAsync(request, reviewer.Context, ct), cancellationToken);
            if (result.InputField is { } field)
            {
                return Fail([field], result.Error!, UserErrorCode.Invalid);
            }

            if (result.Value is { } review)
            {
                reviews.Add(review);
            }
            else
            {
                failures.Add($"{result.PluginId}: {result.Error}");
            }
        }

        return reviews.Count > 0
            ? OperationResult<ReplyReview>.Success(ReplyReviewMerge.Of(reviews))
            : Fail([], $"The text could not be reviewed. {string.Join(" ", failures)}", UserErrorCode.PluginFailed);
    }

    private async Task<string> LanguageAsync(string organizationId, string? requested, CancellationToken cancellationToken)
    {
        if (requested is not null && LanguageTag().IsMatch(requested))
        {
            return requested;
        }

        // An unknown or missing language is not the agent's mistake to fix mid-sentence: review in the desk's own language.
        var organization = await organizations.FindAsync(organizationId, cancellationToken);
        return organization?.Languages.FirstOrDefault(l => LanguageTag().IsMatch(l)) ?? "en";
    }

    private static OperationResult<ReplyReview> Fail(IReadOnlyList<string> field, string message, UserErrorCode code) =>
        OperationResult<ReplyReview>.Failure([new UserError(field, message, code)]);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
