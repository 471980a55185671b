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

    private static readonly IValidationRule[] HostWithIntrospection = [RoleRequirementRule.Instance];

    private static readonly IValidationRule[] HostWithoutIntrospection = [RoleRequirementRule.Instance, NoIntrospectionValidationRule.Instance];

    // What each kind of set appends to the rules it is given; each array also tells the kinds apart in the table.
    private readonly IValidationRule[] fullWithIntrospection = [complexity, .. HostWithIntrospection];
    private readonly IValidationRule[] fullWithoutIntrospection = [complexity, .. HostWithoutIntrospection];
    private readonly IValidationRule[] complexityOnly = [complexity];

    private readonly ConcurrentDictionary<(object? Given, IValidationRule[] Appended), IValidationRule[]> combined = new(new SameArrays());

    // Counted here: the dictionary's own count takes every lock.
    private int kept;

    /// <summary>Gets the rules for a document not validated before: the given rules, the complexity limit, the host's.</summary>
    /// <param name="given">The rules set so far (GraphQL.NET's core rules when none).</param>
    /// <param name="introspection">Whether introspection is allowed.</param>
    /// <returns>The rules.</returns>
    public IValidationRule[] Full(IEnumerable<IValidationRule>? given, bool introspection) =>
        Combined(given, DocumentValidator.CoreRules, introspection ? fullWithIntrospection : fullWithoutIntrospection);

    /// <summary>Gets the rules run again for a cached document: the given ones and the host's.</summary>
    /// <param name="given">The cached-document rules set so far.</param>
    /// <param name="introspection">Whether introspection is allowed.</param>
    /// <returns>The rules.</returns>
    public IValidationRule[] Cached(IEnumerable<IValidationRule>? given, bool introspection) =>
        Combined(given, [], introspection ? HostWithIntrospection : HostWithoutIntrospection);

    /// <summary>
    /// Gets what a request for a cached document is checked with: the cached-document rules and the complexity limit,
    /// which counts the operation this request selects and list sizes that may come from its variables.
    /// </summary>
    /// <param name="cachedDocumentRules">The execution's cached-document rules.</param>
    /// <returns>The rules.</returns>
    public IValidationRule[] ForCachedDocument(IEnumerable<IValidationRule>? cachedDocumentRules) =>
        Combined(cachedDocumentRules, [], complexityOnly);

    private IValidationRule[] Combined(IEnumerable<IValidationRule>? given, IEnumerable<IValidationRule> whenNone, IValidationRule[] appended)
    {
        if (given is not null and not IValidationRule[])
        {
            return [.. given, .. appended];
        }

        var key = (given as object, appended);
        if (combined.TryGetValue(key, out var rules))
        {
            return rules;
        }

        rules = [.. given ?? whenNone, .. appended];
        if (Volatile.Read(ref kept) < MostKept && combined.TryAdd(key, rules))
        {
            Interlocked.Increment(ref kept);
        }

        return rules;
    }

    /// <summary>The same set is the same array, not an equal one: arrays can be changed.</summary>
    private sealed class SameArrays : IEqualityComparer<(object? Given, IValidationRule[] Appended)>
    {
        public bool Equals((object? Given, IValidationRule[] Appended) x, (object? Given, IValidationRule[] Appended) y) =>
            ReferenceEquals(x.Given, y.Given) && ReferenceEquals(x.Appended, y.Appended);

        public int GetHashCode((object? Given, IValidationRule[] Appended) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Given), RuntimeHelpers.GetHashCode(obj.Appended));
    }
}
