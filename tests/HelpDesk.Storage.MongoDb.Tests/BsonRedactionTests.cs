using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>An erasure redacts exactly the free-text elements of a stored document, nested ones and lists included.</summary>
public sealed class BsonRedactionTests
{
    private static readonly PersonalDataRedaction Redaction = PersonalDataRedaction.Of(new Contact { Id = "c-1", OrganizationId = "org-a", Name = "Ann de Vries" });

    [Fact]
    public void Free_text_elements_are_redacted_and_ids_statuses_and_numbers_are_not()
    {
        var document = BsonDocument.Parse("""
            { _id: { o: 'org-a', i: 'Vries' }, type: 'survey.answered', status: 'Vries', text: 'Ann called', scriptLines: ['Hello Ann', 'Bye'],
              response: { answers: [ { questionId: 'q1', score: 9, text: 'Ann de Vries loved it' }, { questionId: 'q2', score: 3 } ] } }
            """);

        var changed = BsonRedaction.Apply(document, ErasableText.Events, Redaction);

        Assert.True(changed);
        Assert.Equal(
            BsonDocument.Parse("""
                { _id: { o: 'org-a', i: 'Vries' }, type: 'survey.answered', status: 'Vries', text: '[erased] called', scriptLines: ['Hello [erased]', 'Bye'],
                  response: { answers: [ { questionId: 'q1', score: 9, text: '[erased] loved it' }, { questionId: 'q2', score: 3 } ] } }
                """),
            document);
        Assert.False(BsonRedaction.Apply(document, ErasableText.Events, Redaction));
    }
}
