using HelpDesk.Engine.Directory;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Tests.Directory;

public sealed class PersonalDataRedactionTests
{
    private static readonly PersonalDataRedaction Redaction = PersonalDataRedaction.Of(new Contact
    {
        Id = "c-1",
        OrganizationId = "org",
        Name = "Ann de Vries",
        Email = "ann.devries@example.com",
        Phone = "+31205550100",
    });

    [Theory]
    [InlineData("Ann de Vries called about the VPN", "[erased] called about the VPN")]
    [InlineData("ANN says hi; vries too", "[erased] says hi; [erased] too")]
    [InlineData("Mail ANN.DEVRIES@example.com or ring +31 (20) 555-0100", "Mail [erased] or ring [erased]")]
    [InlineData("Call 020 555 0100", "Call 020 555 0100")]
    [InlineData("The Announcement about Vriesland", "The Announcement about Vriesland")]
    public void Names_parts_of_names_email_and_phone_are_replaced_as_whole_words_ignoring_case(string text, string expected) =>
        Assert.Equal(expected, Redaction.Apply(text));

    [Fact]
    public void Name_parts_shorter_than_three_letters_are_left_alone_and_null_stays_null()
    {
        Assert.Equal("de facto", Redaction.Apply("de facto"));
        Assert.Null(Redaction.Apply(null));
    }
}
