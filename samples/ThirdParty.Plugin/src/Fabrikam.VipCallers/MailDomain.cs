namespace Fabrikam.VipCallers;

/// <summary>Reads and compares the domain part of e-mail addresses.</summary>
internal static class MailDomain
{
    /// <summary>Gets the domain of an address in lower case, or <see langword="null"/> when it has none.</summary>
    /// <param name="address">An e-mail address such as <c>sam@contoso.example</c>.</param>
    /// <returns>The domain, such as <c>contoso.example</c>.</returns>
    public static string? Of(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at < 0 || at == address!.Length - 1 ? null : address[(at + 1)..].Trim().ToLowerInvariant();
    }

    /// <summary>Tells whether a domain is a key-account domain or one of its subdomains.</summary>
    /// <param name="domain">The caller's domain, in lower case.</param>
    /// <param name="vipDomain">A configured key-account domain, in any case.</param>
    /// <returns><see langword="true"/> for <c>contoso.example</c> and <c>eu.contoso.example</c> against <c>contoso.example</c>.</returns>
    public static bool IsWithin(string domain, string vipDomain)
    {
        var vip = vipDomain.Trim().TrimStart('@').ToLowerInvariant();
        return vip.Length > 0 && (domain == vip || domain.EndsWith("." + vip, StringComparison.Ordinal));
    }
}
