using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using HelpDesk.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace HelpDesk.GraphQL.Execution;

/// <summary>
/// Keeps parsed and validated documents by query text, so a repeated query skips parsing and
/// the rules that cannot change between requests. Only documents that passed validation are kept; the cache is bounded.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLApiOptions> options, ValidationRuleSets ruleSets) : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, CachedDocument> documents = new(StringComparer.Ordinal);
    private long hits;
    private long misses;

    // After the option configurations (100), before execution proper.
    public float SortOrder => 200;

    public long Hits => Interlocked.Read(ref hits);

    public long Misses => Interlocked.Read(ref misses);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        var capacity = options.Value.DocumentCacheSize;
        if (capacity == 0 || executionOptions.Document is not null || executionOptions.Query is not { } query)
        {
            return await next(executionOptions);
        }

        if (documents.TryGetValue(query, out var cached))
        {
            Interlocked.Increment(ref hits);
            executionOptions.Document = cached.Document;
            var rules = ruleSets.ForCachedDocument(executionOptions.CachedDocumentValidationRules);
            var request = DecidedWithoutVariables(cached, executionOptions, rules);
            if (request is { } known && cached.HasPassed(known))
            {
                executionOptions.ValidationRules = [];
                return await next(executionOptions);
            }

            executionOptions.ValidationRules = rules;
            var answer = await next(executionOptions);
            if (request is { } passed && answer.Executed)
            {
                cached.RecordPass(passed);
            }

            return answer;
        }

        Interlocked.Increment(ref misses);
        var result = await next(executionOptions);
        if (result.Executed && result.Document is { } document)
        {
            if (documents.Count >= capacity)
            {
                // Crude but bounded: forget everything rather than track recency on the hot path.
                documents.Clear();
            }

            documents.TryAdd(query, new CachedDocument(document));
        }

        return result;
    }

    // A request whose variables cannot change the complexity count is decided by its operation, its caller's role and
    // its rules alone.
    private static PassedRequest? DecidedWithoutVariables(CachedDocument cached, ExecutionOptions executionOptions, IValidationRule[] rules) =>
        (executionOptions.Variables is null or { Count: 0 } || !cached.VariablesCanChangeComplexity)
        && executionOptions.UserContext is RequestContext { Caller: { } caller }
            ? new PassedRequest(executionOptions.OperationName, caller.Role, rules)
            : null;
}
