using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using HelpDesk.GraphQL.Authorization;
using HelpDesk.GraphQL.Execution;

namespace HelpDesk.GraphQL.Tests;

/// <summary>An execution's rules are put together once per set, and hold what each set must.</summary>
public sealed class ValidationRuleSetsTests
{
    private readonly ComplexityValidationRule complexity = new(new ComplexityOptions());

    [Fact]
    public void The_full_rules_are_the_core_rules_the_complexity_limit_and_the_hosts_made_once()
    {
        var sets = new ValidationRuleSets(complexity);

        var full = sets.Full(null, introspection: false);

        Assert.Same(full, sets.Full(null, introspection: false));
        Assert.Equal([.. DocumentValidator.CoreRules, complexity, RoleRequirementRule.Instance, NoIntrospectionValidationRule.Instance], full);
        Assert.DoesNotContain(NoIntrospectionValidationRule.Instance, sets.Full(null, introspection: true));
    }

    [Fact]
    public void A_set_given_as_a_new_list_each_time_is_combined_afresh_and_not_kept()
    {
        var sets = new ValidationRuleSets(complexity);
        var onlyRoles = new List<IValidationRule> { RoleRequirementRule.Instance };

        var first = sets.Cached(onlyRoles, introspection: true);
        onlyRoles.Add(NoIntrospectionValidationRule.Instance);
        var second = sets.Cached(onlyRoles, introspection: true);

        Assert.Equal([RoleRequirementRule.Instance, RoleRequirementRule.Instance], first);
        Assert.Equal([RoleRequirementRule.Instance, NoIntrospectionValidationRule.Instance, RoleRequirementRule.Instance], second);
    }

    [Fact]
    public void Many_one_off_arrays_are_still_combined_right_and_do_not_push_out_the_sets_kept_before()
    {
        var sets = new ValidationRuleSets(complexity);
        var full = sets.Full(null, introspection: true);

        var last = Enumerable.Range(0, 40).Select(_ => sets.Cached(new IValidationRule[] { NoIntrospectionValidationRule.Instance }, introspection: true)).Last();

        Assert.Equal([NoIntrospectionValidationRule.Instance, RoleRequirementRule.Instance], last);
        Assert.Same(full, sets.Full(null, introspection: true));
    }

    [Fact]
    public void A_cached_document_is_checked_by_its_cached_rules_and_the_complexity_limit()
    {
        var sets = new ValidationRuleSets(complexity);
        var cached = sets.Cached(null, introspection: false);

        var rules = sets.ForCachedDocument(cached);

        Assert.Equal([RoleRequirementRule.Instance, NoIntrospectionValidationRule.Instance, complexity], rules);
        Assert.Same(rules, sets.ForCachedDocument(cached));
    }
}
