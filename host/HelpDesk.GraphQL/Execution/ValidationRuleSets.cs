using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using HelpDesk.GraphQL.Authorization;

namespace HelpDesk.GraphQL.Execution;

/// <summary>
/// The validation rules of an execution, put together once per combination rather than per request: the rules a
/// request starts with (GraphQL.NET's core rules, or the transport's own set), the complexity limit and the host's
/// rules. Sets are told apart by reference, so callers pass the same array each time (a static one); a set that
/// arrives as another kind of list is combined afresh and nothing is kept for it, and past a few dozen arrays nothing
/// more is kept either.
/// </summary>
/// <param name="complexity">The complexity and depth limit.</param>
internal sealed class ValidationRuleSets(ComplexityValidationRule complexity)
{
    // Sets seen as the same array each time; a handful in practice (the core rules, the GET rules, the cached rules).
    private const int MostKept = 32;

    private static readonly IValidationRule[] WithIntrospection = [RoleRequirementRule.Instance];

    private static readonly IValidationRule[] WithoutIntrospection = [RoleRequirementRule.Instance, NoIntrospectionValidationRule.Instance];

    private readonly IValidationRule complexityRule = complexity;

    private readonly ConcurrentDictionary<(object? Given, Use Use), IValidationRule[]> combined = new(new SameGivenSet());

    private enum Use
    {
        FullWithIntrospection,
        FullWithoutIntrospection,
        CachedWithIntrospection,
        CachedWithoutIntrospection,
        ForCachedDocument,
    }

    /// <summary>Gets the rules for a document not validated before: the given rules, the complexity limit, the host's.</summary>
    /// <param name="given">The rules set so far (GraphQL.NET's core rules when none).</param>
    /// <param name="introspection">Whether introspection is allowed.</param>
    /// <returns>The rules.</returns>
    public IValidationRule[] Full(IEnumerable<IValidationRule>? given, bool introspection) =>
        Combined(given, introspection ? Use.FullWithIntrospection : Use.FullWithoutIntrospection, static (self, given, use) =>
            [.. given ?? DocumentValidator.CoreRules, self.complexityRule, .. use == Use.FullWithIntrospection ? WithIntrospection : WithoutIntrospection]);

    /// <summary>Gets the rules run again for a cached document: the given ones and the host's.</summary>
    /// <param name="given">The cached-document rules set so far.</param>
    /// <param name="introspection">Whether introspection is allowed.</param>
    /// <returns>The rules.</returns>
    public IValidationRule[] Cached(IEnumerable<IValidationRule>? given, bool introspection) =>
        Combined(given, introspection ? Use.CachedWithIntrospection : Use.CachedWithoutIntrospection, static (_, given, use) =>
            [.. given ?? [], .. use == Use.CachedWithIntrospection ? WithIntrospection : WithoutIntrospection]);

    /// <summary>
    /// Gets what a request for a cached document is checked with: the cached-document rules and the complexity limit,
    /// which counts the operation this request selects and list sizes that may come from its variables.
    /// </summary>
    /// <param name="cachedDocumentRules">The execution's cached-document rules.</param>
    /// <returns>The rules.</returns>
    public IValidationRule[] ForCachedDocument(IEnumerable<IValidationRule>? cachedDocumentRules) =>
        Combined(cachedDocumentRules, Use.ForCachedDocument, static (self, given, _) => [.. given ?? [], self.complexityRule]);

    private IValidationRule[] Combined(IEnumerable<IValidationRule>? given, Use use, Func<ValidationRuleSets, IEnumerable<IValidationRule>?, Use, IValidationRule[]> combine)
    {
        if (given is not null and not IValidationRule[])
        {
            return combine(this, given, use);
        }

        var key = (given as object, use);
        if (combined.TryGetValue(key, out var rules))
        {
            return rules;
        }

        rules = combine(this, given, use);
        if (combined.Count < MostKept)
        {
            combined.TryAdd(key, rules);
        }

        return rules;
    }

    /// <summary>The same set is the same array, not an equal one: arrays can be changed.</summary>
    private sealed class SameGivenSet : IEqualityComparer<(object? Given, Use Use)>
    {
        public bool Equals((object? Given, Use Use) x, (object? Given, Use Use) y) => ReferenceEquals(x.Given, y.Given) && x.Use == y.Use;

        public int GetHashCode((object? Given, Use Use) obj) => HashCode.Combine(obj.Given is null ? 0 : RuntimeHelpers.GetHashCode(obj.Given), obj.Use);
    }
}
