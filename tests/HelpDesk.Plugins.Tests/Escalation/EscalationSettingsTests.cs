using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Testing;
using static HelpDesk.Plugins.Tests.Escalation.EscalationHarness;

namespace HelpDesk.Plugins.Tests.Escalation;

public sealed class EscalationSettingsTests
{
    [Theory]
    [InlineData("mon-fri", "The setting 'businessHours' has \"mon-fri\", which is not days and hours such as \"mon-fri 08:00-18:00\".")]
    [InlineData("mon-fri 08:00", "The setting 'businessHours' has \"08:00\", which is not a time range such as 08:00-18:00.")]
    [InlineData("mon-fri 8-18", "The setting 'businessHours' has \"8\", which is not a time of day such as 08:00 (24-hour clock).")]
    [InlineData("mon-fri 08:00-17:61", "The setting 'businessHours' has \"17:61\", which is not a time of day such as 08:00 (24-hour clock).")]
    [InlineData("mon-fry 08:00-18:00", "The setting 'businessHours' has \"fry\", which is not a day; use sun, mon, tue, wed, thu, fri, sat.")]
    [InlineData("mon 18:00-08:00", "The setting 'businessHours' has \"18:00-08:00\", which closes before it opens; split hours past midnight over two days.")]
    [InlineData("mon-fri 08:00-12:00; mon 11:00-14:00", "The setting 'businessHours' has overlapping hours on Monday: 08:00-12:00 and 11:00-14:00.")]
    [InlineData(" ; ", "The setting 'businessHours' is empty; write opening hours such as \"mon-fri 08:00-18:00\", or \"always\" for around the clock.")]
    public async Task Malformed_business_hours_are_refused_with_a_message_naming_the_setting(string hours, string message)
    {
        using var harness = Start($$"""{"businessHours": "{{hours}}"}""");

        var error = await Assert.ThrowsAsync<PluginSettingsException>(async () => await harness.EvaluateAsync(harness.TicketOpenedNow().Build()));

        Assert.Equal(("businessHours", message), (error.Setting, error.Message));
    }

    [Fact]
    public async Task A_closed_day_that_is_not_a_date_is_refused_naming_the_setting()
    {
        using var harness = Start("""{"closedDays": ["25/12/2026"]}""");

        var error = await Assert.ThrowsAsync<PluginSettingsException>(async () => await harness.EvaluateAsync(harness.TicketOpenedNow().Build()));

        Assert.Equal(("closedDays", "The setting 'closedDays' has \"25/12/2026\", which is not a date such as 2026-12-25."), (error.Setting, error.Message));
    }

    [Fact]
    public void Settings_of_the_wrong_shape_are_refused_by_the_manifest_before_the_policy_runs()
    {
        var error = Assert.Throws<PluginHarnessException>(() => Start("""{"businessHours": 8, "lowUpdateIntervalMinutes": 0}"""));

        Assert.Contains(error.Problems, p => p.StartsWith("Setting 'businessHours' must be a string", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("Setting 'lowUpdateIntervalMinutes' must be between 1 and", StringComparison.Ordinal));
    }
}
