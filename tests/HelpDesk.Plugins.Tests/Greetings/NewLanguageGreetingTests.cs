using HelpDesk.Sdk.Greetings;
using static HelpDesk.Plugins.Tests.Greetings.GreetingHarness;

namespace HelpDesk.Plugins.Tests.Greetings;

public sealed class NewLanguageGreetingTests
{
    [Fact]
    public async Task A_french_greeting_in_the_evening_says_bonsoir_and_checks_the_callers_name()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, "fr", "Madame Dubois", LocalTime(19, 10)));

        Assert.Equal(
            [
                "Bonsoir, Contoso IT, Mila à votre écoute.",
                "Suis-je bien en ligne avec Madame Dubois\u00A0?",
                "En quoi puis-je vous aider aujourd'hui\u00A0?",
            ],
            script.Lines);
    }

    [Fact]
    public async Task A_german_greeting_asks_for_the_name_when_the_caller_is_unknown()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, "de", callerLocalTime: LocalTime(8, 30)));

        Assert.Equal(
            [
                "Guten Morgen, vielen Dank für Ihren Anruf bei Contoso IT. Mein Name ist Mila.",
                "Mit wem spreche ich, bitte?",
                "Was kann ich heute für Sie tun?",
            ],
            script.Lines);
    }

    [Fact]
    public async Task A_japanese_greeting_is_in_keigo_and_adds_sama_to_the_callers_name_only()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, "ja", "佐藤", values: ("verification", "社員番号")));

        Assert.Equal(
            [
                "お電話ありがとうございます。Contoso IT、担当のMilaでございます。",
                "佐藤様でいらっしゃいますか。",
                "ご本人様確認のため、社員番号をお聞かせいただけますでしょうか。",
                "本日はどのようなご用件でしょうか。",
            ],
            script.Lines);
    }

    [Fact]
    public async Task A_hungarian_greeting_addresses_the_caller_formally()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, "hu", callerLocalTime: LocalTime(14)));

        Assert.Equal(
            [
                "Jó napot kívánok, Contoso IT, Mila vagyok.",
                "Megmondaná a nevét, kérem?",
                "Miben segíthetek Önnek?",
            ],
            script.Lines);
    }

    [Theory]
    [InlineData("fr", 9, "Bonjour, Contoso IT")]
    [InlineData("fr", 20, "Bonsoir, Contoso IT")]
    [InlineData("de", 7, "Guten Morgen, vielen Dank")]
    [InlineData("de", 15, "Guten Tag, vielen Dank")]
    [InlineData("de", 21, "Guten Abend, vielen Dank")]
    [InlineData("ja", 9, "おはようございます。お電話ありがとうございます。Contoso IT")]
    [InlineData("ja", 15, "お電話ありがとうございます。Contoso IT")]
    [InlineData("hu", 7, "Jó reggelt kívánok, Contoso IT")]
    [InlineData("hu", 13, "Jó napot kívánok, Contoso IT")]
    [InlineData("hu", 22, "Jó estét kívánok, Contoso IT")]
    public async Task The_greeting_follows_the_callers_time_of_day_in_each_language(string language, int hour, string expected)
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, language, callerLocalTime: LocalTime(hour)));

        Assert.StartsWith(expected, script.Lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Bonjour, Contoso IT, Mila à votre écoute.")]
    [InlineData("de", "Guten Tag, vielen Dank für Ihren Anruf bei Contoso IT. Mein Name ist Mila.")]
    [InlineData("ja", "お電話ありがとうございます。Contoso IT、担当のMilaでございます。")]
    [InlineData("hu", "Üdvözlöm, Contoso IT, Mila vagyok.")]
    public async Task Without_the_callers_time_zone_the_greeting_is_neutral_in_each_language(string language, string expected)
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, language));

        Assert.Equal(expected, script.Lines[0]);
    }

    [Theory]
    [InlineData("fr", "Merci d'avoir appelé Contoso IT. Je vous souhaite une bonne soirée.")]
    [InlineData("de", "Vielen Dank für Ihren Anruf bei Contoso IT. Einen schönen Abend noch.")]
    [InlineData("ja", "本日はContoso ITにお電話いただき、誠にありがとうございました。担当のMilaが承りました。失礼いたします。")]
    [InlineData("hu", "Köszönöm a hívását. További szép estét kívánok!")]
    public async Task The_closing_thanks_the_caller_and_takes_leave_for_the_time_of_day(string language, string expected)
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Closing, language, callerLocalTime: LocalTime(20)));

        Assert.Equal(expected, script.Lines[^1]);
    }
}
