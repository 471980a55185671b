using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using HelpDesk.GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace HelpDesk.GraphQL.Tests;

/// <summary>Answers are written whole, with their length, in the serializer's own format.</summary>
public sealed class ResponseSerializerTests
{
    [Fact]
    public async Task An_answer_of_several_megabytes_is_written_whole_with_its_length()
    {
        var serializer = new ResponseSerializer(new JsonSerializerOptions(), new ErrorInfoProvider());
        var text = string.Concat(Enumerable.Repeat("The printer on floor 3 jams on tray 1. ", 80_000));
        var response = Response();

        await serializer.WriteBodyAsync(response, new Dictionary<string, object?> { ["data"] = text }, TestContext.Current.CancellationToken);

        var body = ((MemoryStream)response.Body).ToArray();
        Assert.True(body.Length > 3_000_000, $"the answer has {body.Length} bytes");
        Assert.Equal(body.Length, response.ContentLength);
        Assert.Equal(text, JsonDocument.Parse(body).RootElement.GetProperty("data").GetString());
    }

    [Fact]
    public async Task An_answer_is_indented_as_the_serializer_is_set_up()
    {
        var options = new JsonSerializerOptions { WriteIndented = true, IndentCharacter = '\t', IndentSize = 1, NewLine = "\n" };
        var serializer = new ResponseSerializer(options, new ErrorInfoProvider());
        var response = Response();

        await serializer.WriteBodyAsync(response, new Dictionary<string, object?> { ["data"] = 1 }, TestContext.Current.CancellationToken);

        Assert.Equal("{\n\t\"data\": 1\n}", Encoding.UTF8.GetString(((MemoryStream)response.Body).ToArray()));
    }

    private static HttpResponse Response() => new DefaultHttpContext { Response = { Body = new MemoryStream() } }.Response;
}
