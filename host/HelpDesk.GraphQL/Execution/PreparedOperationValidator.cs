using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace HelpDesk.GraphQL.Execution;

/// <summary>
/// The document validator. A request that has no rules left to run – a cached document whose checks this request
/// already passed (see <see cref="DocumentCache"/>) – still needs its variables read and its arguments parsed; that is
/// done from the operation's <see cref="PreparedOperation"/>, made once per operation. Everything else, and every
/// request that might fail, goes to GraphQL.NET's validator, so errors read the same either way.
/// </summary>
/// <param name="standard">GraphQL.NET's validator.</param>
internal sealed class PreparedOperationValidator(DocumentValidator standard) : IDocumentValidator
{
    // Weak: a prepared operation lives as long as its document, which the document cache may drop at any time.
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, PreparedOperation> prepared = [];
    private long bound;

    /// <summary>Gets how many requests were bound from a prepared operation.</summary>
    public long Bound => Interlocked.Read(ref bound);

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Rules is ICollection<IValidationRule> { Count: 0 } && options.Operation is { } operation)
        {
            if (!prepared.TryGetValue(operation, out var preparedOperation))
            {
                var (schema, document) = (options.Schema, options.Document);
                preparedOperation = prepared.GetValue(operation, op => PreparedOperation.Prepare(schema, document, op));
            }

            if (ReferenceEquals(preparedOperation.Schema, options.Schema) && preparedOperation.TryBind(options.Variables, options.Document) is { } result)
            {
                Interlocked.Increment(ref bound);
                return Task.FromResult<IValidationResult>(result);
            }
        }

        return standard.ValidateAsync(options);
    }
}
