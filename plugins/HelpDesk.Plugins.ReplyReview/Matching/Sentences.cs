namespace HelpDesk.Plugins.ReplyReview.Matching;

/// <summary>Finds sentence ends: . ! ? before whitespace or the end, the full-width 。！？, or a line break.</summary>
internal static class Sentences
{
    /// <summary>Finds where the sentence containing <paramref name="from"/> ends (just after its terminator).</summary>
    public static int EndAfter(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\n' or '。' or '！' or '？':
                    return i + 1;
                case '.' or '!' or '?' when i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]):
                    return i + 1;
            }
        }

        return text.Length;
    }

    /// <summary>Gets the text from <paramref name="from"/> to the end of its sentence, or of the one after when <paramref name="sentences"/> is 2.</summary>
    public static ReadOnlySpan<char> Ahead(ReadOnlySpan<char> text, int from, int sentences)
    {
        var end = from;
        for (var i = 0; i < sentences && end < text.Length; i++)
        {
            end = EndAfter(text, end);
        }

        return text[from..end];
    }
}
