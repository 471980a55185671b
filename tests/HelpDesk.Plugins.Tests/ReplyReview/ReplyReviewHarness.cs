using HelpDesk.Plugins.ReplyReview;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Review;
using HelpDesk.Sdk.Testing;

namespace HelpDesk.Plugins.Tests.ReplyReview;

/// <summary>Starts the reply-review plugin with its real manifest and reviews texts through it.</summary>
internal static class ReplyReviewHarness
{
    public static PluginHarness Start(string? settingsJson = null) =>
        PluginHarness.For<PositiveLanguageReviewer>(settingsJson, PluginManifests.Of("HelpDesk.Plugins.ReplyReview"));

    public static async Task<Sdk.Review.ReplyReview> ReviewAsync(this PluginHarness harness, string text, string language = "en", NoteKind kind = NoteKind.Reply) =>
        await harness.Get<IReplyReviewer>().ReviewAsync(new ReplyReviewRequest { Text = text, Language = language, Kind = kind }, harness.Context, TestContext.Current.CancellationToken);

    public static IEnumerable<string> Rules(this Sdk.Review.ReplyReview review) => review.Findings.Select(f => f.Rule);
}
