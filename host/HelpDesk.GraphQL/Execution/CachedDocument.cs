using GraphQL.Validation;
using GraphQLParser.AST;
using HelpDesk.Engine.Auth;

namespace HelpDesk.GraphQL.Execution;

/// <summary>
/// A parsed document that passed every rule once, and the requests that have since passed the rules each request still
/// needs (roles, GET, introspection, complexity and depth). When no variable can change the document's complexity (see
/// <see cref="ComplexityInputs"/>), or the request has none, those rules decide by the operation it selects, the caller's
/// role and the rules alone, so a request that matches a recorded one in all three needs no validation again. Its
/// variables' values are still checked against their types on every request.
/// </summary>
/// <param name="document">The parsed document.</param>
internal sealed class CachedDocument(GraphQLDocument document)
{
    // Enough for the usual callers of one document (a few roles, GET and POST); more are validated as before.
    private const int MaxPassedRequests = 8;
    private PassedRequest[] passed = [];

    /// <summary>Gets the parsed document.</summary>
    public GraphQLDocument Document => document;

    /// <summary>Gets a value indicating whether a variable's value can change the document's complexity.</summary>
    public bool VariablesCanChangeComplexity { get; } = ComplexityInputs.DependOnVariables(document);

    /// <summary>Tells whether a request like this one already passed the per-request rules.</summary>
    /// <param name="request">The request's operation, caller role and rules.</param>
    /// <returns><see langword="true"/> when it needs no validation.</returns>
    public bool HasPassed(PassedRequest request)
    {
        foreach (var known in Volatile.Read(ref passed))
        {
            if (known.Matches(request))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records that a request passed the per-request rules.</summary>
    /// <param name="request">The request's operation, caller role and rules.</param>
    public void RecordPass(PassedRequest request)
    {
        while (true)
        {
            var known = Volatile.Read(ref passed);
            if (known.Length >= MaxPassedRequests || Array.Exists(known, k => k.Matches(request)))
            {
                return;
            }

            if (Interlocked.CompareExchange(ref passed, [.. known, request], known) == known)
            {
                return;
            }
        }
    }
}

/// <summary>What decides whether a request passes the per-request rules of a cached document, when its variables cannot.</summary>
/// <param name="OperationName">The operation the request selects.</param>
/// <param name="Role">The caller's role.</param>
/// <param name="Rules">The per-request rules it is validated with.</param>
internal readonly record struct PassedRequest(string? OperationName, ApiKeyRole Role, IValidationRule[] Rules)
{
    /// <summary>Tells whether another request is decided the same way.</summary>
    /// <param name="other">The other request.</param>
    /// <returns><see langword="true"/> for the same operation, role and rules.</returns>
    /// <remarks>
    /// Rules compare as instances: the host's are shared by every request, and a rule made per request (one that may
    /// carry that request's own limits) never matches another request's.
    /// </remarks>
    public bool Matches(PassedRequest other)
    {
        if (Role != other.Role || !string.Equals(OperationName, other.OperationName, StringComparison.Ordinal) || Rules.Length != other.Rules.Length)
        {
            return false;
        }

        for (var i = 0; i < Rules.Length; i++)
        {
            if (!ReferenceEquals(Rules[i], other.Rules[i]))
            {
                return false;
            }
        }

        return true;
    }
}
