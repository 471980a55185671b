using GraphQL.Types;
using HelpDesk.GraphQL.Enums;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Types;

/// <summary>A label on a ticket.</summary>
internal sealed class TagType : ObjectGraphType<Tag>
{
    public TagType()
    {
        Name = "Tag";
        Description = "A label on a ticket, by convention group:value (priority:high, service:email).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The label, lower case.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<TagSourceEnum>>("source").Description("Who proposed the label.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("How sure the source was, from 0 to 1.").Resolve(c => c.Source.Confidence);
        Field<StringGraphType>("pluginId").Description("The plugin that proposed the label, if a plugin did.").Resolve(c => c.Source.PluginId);
    }
}
