using System.Globalization;
using System.Threading.RateLimiting;
using HelpDesk.Host.RateLimiting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Limits GraphQL requests per API key with a fixed window: a key over its limit gets <c>429 Too Many Requests</c> with
/// <c>Retry-After</c> and a <c>RATE_LIMITED</c> error, while other keys carry on. The partition is the key's public id
/// (never its secret); requests without a key are counted per client address.
/// </summary>
public static class ApiKeyRateLimiting
{
    /// <summary>The name of the policy the GraphQL endpoint requires.</summary>
    public const string Policy = "per-api-key";

    /// <summary>Adds the per-key rate limiter.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddHelpDeskRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                if (options.PermitsPerWindow == 0)
                {
                    return RateLimitPartition.GetNoLimiter(new Partition("off", options));
                }

                // The options travel in the key, so the limiter's factory is one static delegate, not a closure per request.
                return RateLimitPartition.GetFixedWindowLimiter(
                    new Partition(PartitionOf(context), options),
                    static partition => new FixedWindowRateLimiterOptions { PermitLimit = partition.Options.PermitsPerWindow, Window = partition.Options.Window, QueueLimit = 0 });
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await response.WriteAsJsonAsync(
                    new { errors = new[] { new { message = $"Too many requests for this API key; try again in {seconds} s.", extensions = new { code = "RATE_LIMITED" } } } },
                    cancellationToken);
            };
        });
        return services;
    }

    private static string PartitionOf(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString().AsSpan();
        var key = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header[7..].Trim()
            : context.Request.Headers["X-Api-Key"].ToString().AsSpan();

        // Keys look like hd_<16 hex id>_<secret>: the partition is the id part, so the secret never sits in the limiter's table.
        return key.StartsWith("hd_", StringComparison.Ordinal) && key.Length > 19 && key[19] == '_'
            ? string.Concat("key:", key[..19])
            : "address:" + context.Connection.RemoteIpAddress;
    }

    /// <summary>A partition of the limiter: who is counted, and the limits it was made with.</summary>
    /// <param name="Name">The key's id or the client's address.</param>
    /// <param name="Options">The limits.</param>
    private readonly record struct Partition(string Name, RateLimitOptions Options);
}
