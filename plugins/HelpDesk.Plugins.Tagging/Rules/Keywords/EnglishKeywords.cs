namespace HelpDesk.Plugins.Tagging.Rules.Keywords;

/// <summary>English keywords for each built-in service type and category label.</summary>
internal static class EnglishKeywords
{
    /// <summary>Gets the keywords by label.</summary>
    public static IReadOnlyDictionary<string, string[]> ByTag { get; } = new Dictionary<string, string[]>
    {
        ["service:email"] = ["email", "e-mail", "mail", "mails", "mailbox", "inbox", "outlook", "calendar"],
        ["service:network"] = ["network", "wifi", "wi-fi", "vpn", "internet", "ethernet", "no connection"],
        ["service:account"] = ["account", "login", "log in", "sign in", "username", "password", "locked out", "mfa"],
        ["service:hardware"] = ["laptop", "computer", "pc", "monitor", "screen", "keyboard", "mouse", "docking station", "headset"],
        ["service:printing"] = ["printer", "print", "printing", "toner", "scanner", "paper jam"],
        ["service:software"] = ["software", "application", "install", "installation", "update", "upgrade"],
        ["service:telephony"] = ["phone", "telephone", "voicemail", "softphone"],
        ["category:password"] = ["password", "password reset", "forgot my password", "locked out"],
        ["category:outage"] = ["outage", "is down", "are down", "went down", "offline", "unavailable", "for everyone", "whole office"],
        ["category:access"] = ["access", "access denied", "permission", "permissions", "rights"],
        ["category:installation"] = ["install", "installation", "installing", "set up", "setup"],
        ["category:performance"] = ["slow", "freezes", "frozen", "hangs", "takes ages"],
        ["category:defect"] = ["broken", "damaged", "cracked", "won't start", "does not start"],
        ["category:new-user"] = ["new user", "new employee", "onboarding", "new starter"],
    };
}
