namespace HelpDesk.Plugins.ReplyReview.Matching;

/// <summary>How a language's phrases are found in a text.</summary>
internal enum WordMatching
{
    /// <summary>Scripts with spaces between words: a phrase matches only as whole words, never inside a longer word.</summary>
    WholeWords,

    /// <summary>Scripts without word spaces (Japanese): a phrase matches wherever it occurs.</summary>
    Substrings,
}
