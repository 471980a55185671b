using HelpDesk.Sdk.Domain;

namespace HelpDesk.Plugins.Tagging.Rules;

/// <summary>The built-in keyword table, English and Dutch side by side, for service type and category.</summary>
internal static class BuiltInRules
{
    /// <summary>How sure a keyword match is: a keyword suggests a label, an agent confirms it.</summary>
    public const double Confidence = 0.8;

    private static readonly Dictionary<string, string[]> Table = new()
    {
        ["service:email"] = ["email", "e-mail", "mail", "mails", "mailbox", "inbox", "outlook", "calendar", "postvak", "agenda"],
        ["service:network"] = ["network", "wifi", "wi-fi", "vpn", "internet", "ethernet", "no connection", "netwerk", "verbinding", "internetverbinding", "geen verbinding"],
        ["service:account"] = ["account", "login", "log in", "sign in", "username", "password", "locked out", "mfa", "inloggen", "aanmelden", "gebruikersnaam", "wachtwoord", "geblokkeerd"],
        ["service:hardware"] = ["laptop", "computer", "pc", "monitor", "screen", "keyboard", "mouse", "docking station", "headset", "scherm", "beeldscherm", "toetsenbord", "muis", "dockingstation"],
        ["service:printing"] = ["printer", "print", "printing", "toner", "scanner", "paper jam", "printen", "afdrukken", "papierstoring", "scannen"],
        ["service:software"] = ["software", "application", "install", "installation", "update", "upgrade", "programma", "applicatie", "installeren", "installatie"],
        ["service:telephony"] = ["phone", "telephone", "voicemail", "softphone", "telefoon", "toestel"],
        ["category:password"] = ["password", "password reset", "forgot my password", "locked out", "wachtwoord", "wachtwoord vergeten", "geblokkeerd"],
        ["category:outage"] = ["outage", "is down", "are down", "went down", "offline", "unavailable", "for everyone", "whole office", "storing", "uitval", "ligt eruit", "ligt plat", "onbereikbaar", "bij iedereen", "hele kantoor"],
        ["category:access"] = ["access", "access denied", "permission", "permissions", "rights", "toegang", "rechten", "autorisatie"],
        ["category:installation"] = ["install", "installation", "installing", "set up", "setup", "installeren", "installatie"],
        ["category:performance"] = ["slow", "freezes", "frozen", "hangs", "takes ages", "traag", "langzaam", "loopt vast", "hangt"],
        ["category:defect"] = ["broken", "damaged", "cracked", "won't start", "does not start", "kapot", "defect", "beschadigd", "start niet"],
        ["category:new-user"] = ["new user", "new employee", "onboarding", "new starter", "nieuwe medewerker", "nieuwe gebruiker"],
    };

    public static IReadOnlyList<KeywordRule> All { get; } =
        [.. Table.SelectMany(entry => entry.Value.Select(keyword => new KeywordRule(keyword, entry.Key, TagSource.Plugin, Confidence)))];
}
