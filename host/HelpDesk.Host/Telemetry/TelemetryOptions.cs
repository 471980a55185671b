namespace HelpDesk.Host.Telemetry;

/// <summary>Where the host sends its traces and metrics (section <c>HelpDesk:Telemetry</c>).</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "HelpDesk:Telemetry";

    /// <summary>Gets or sets the exporter: <c>none</c> (the default), <c>console</c> or <c>otlp</c>.</summary>
    public string Exporter { get; set; } = "none";

    /// <summary>Gets or sets the OTLP collector's address; when unset, the exporter's own default (or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Gets or sets the OTLP protocol: <c>grpc</c> (the default) or <c>http</c> (HTTP with protobuf).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>Gets or sets the service name the telemetry is reported under.</summary>
    public string ServiceName { get; set; } = "helpdesk-host";
}
