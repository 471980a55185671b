namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures the help desk's services; returned by <c>AddHelpDesk</c>.</summary>
public interface IHelpDeskBuilder
{
    /// <summary>Gets the service collection being configured.</summary>
    IServiceCollection Services { get; }
}
