using HelpDesk.Engine.Telemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HelpDesk.Host.Telemetry;

/// <summary>Exports the host's traces and metrics with OpenTelemetry when <c>HelpDesk:Telemetry:Exporter</c> asks for it.</summary>
public static class TelemetryServiceCollectionExtensions
{
    private static readonly string[] Exporters = ["none", "console", "otlp"];
    private static readonly string[] Protocols = ["grpc", "http"];

    /// <summary>Adds the exporter the configuration names; nothing when it is <c>none</c>.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns>The same services.</returns>
    /// <exception cref="InvalidOperationException">A setting has a value the host does not know.</exception>
    public static IServiceCollection AddHelpDeskTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var exporter = Known(options.Exporter, Exporters, "Exporter");
        var protocol = Known(options.OtlpProtocol, Protocols, "OtlpProtocol");
        if (exporter == "none")
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(HelpDeskTelemetry.Name, "MongoDB.Driver").AddAspNetCoreInstrumentation();
                if (exporter == "console")
                {
                    tracing.AddConsoleExporter();
                }
                else
                {
                    tracing.AddOtlpExporter(otlp => Configure(otlp, options, protocol, "v1/traces"));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(HelpDeskTelemetry.Name, "Microsoft.AspNetCore.Hosting");
                if (exporter == "console")
                {
                    metrics.AddConsoleExporter();
                }
                else
                {
                    metrics.AddOtlpExporter(otlp => Configure(otlp, options, protocol, "v1/metrics"));
                }
            });
        return services;
    }

    private static void Configure(OtlpExporterOptions otlp, TelemetryOptions options, string protocol, string httpSignalPath)
    {
        otlp.Protocol = protocol == "http" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        if (options.OtlpEndpoint is { } endpoint)
        {
            // Over HTTP each signal has its own path under the collector's address (an address set in code is used as it is).
            otlp.Endpoint = protocol == "http" ? new Uri(new Uri(endpoint.ToString().TrimEnd('/') + "/"), httpSignalPath) : endpoint;
        }
    }

    private static string Known(string value, string[] allowed, string setting)
    {
        var normalised = value.Trim().ToLowerInvariant();
        return allowed.Contains(normalised)
            ? normalised
            : throw new InvalidOperationException($"{TelemetryOptions.Section}:{setting} must be one of {string.Join(", ", allowed)}; it is '{value}'.");
    }
}
