namespace HelpDesk.Plugins.Tagging.Rules.Keywords;

/// <summary>Dutch keywords for each built-in service type and category label.</summary>
internal static class DutchKeywords
{
    /// <summary>Gets the keywords by label.</summary>
    public static IReadOnlyDictionary<string, string[]> ByTag { get; } = new Dictionary<string, string[]>
    {
        ["service:email"] = ["postvak", "agenda"],
        ["service:network"] = ["netwerk", "verbinding", "internetverbinding", "geen verbinding"],
        ["service:account"] = ["inloggen", "aanmelden", "gebruikersnaam", "wachtwoord", "geblokkeerd"],
        ["service:hardware"] = ["scherm", "beeldscherm", "toetsenbord", "muis", "dockingstation"],
        ["service:printing"] = ["printen", "afdrukken", "papierstoring", "scannen"],
        ["service:software"] = ["programma", "applicatie", "installeren", "installatie"],
        ["service:telephony"] = ["telefoon", "toestel"],
        ["category:password"] = ["wachtwoord", "wachtwoord vergeten", "geblokkeerd"],
        ["category:outage"] = ["storing", "uitval", "ligt eruit", "ligt plat", "onbereikbaar", "bij iedereen", "hele kantoor"],
        ["category:access"] = ["toegang", "rechten", "autorisatie"],
        ["category:installation"] = ["installeren", "installatie"],
        ["category:performance"] = ["traag", "langzaam", "loopt vast", "hangt"],
        ["category:defect"] = ["kapot", "defect", "beschadigd", "start niet"],
        ["category:new-user"] = ["nieuwe medewerker", "nieuwe gebruiker"],
    };
}
