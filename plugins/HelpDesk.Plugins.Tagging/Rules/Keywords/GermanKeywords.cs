namespace HelpDesk.Plugins.Tagging.Rules.Keywords;

/// <summary>German keywords for each built-in service type and category label; <c>*</c> lets compounds match.</summary>
internal static class GermanKeywords
{
    /// <summary>Gets the keywords by label.</summary>
    public static IReadOnlyDictionary<string, string[]> ByTag { get; } = new Dictionary<string, string[]>
    {
        ["service:email"] = ["e-mail*", "*postfach*", "posteingang", "kalender*"],
        ["service:network"] = ["netzwerk*", "wlan*", "lan", "internetverbindung", "keine verbindung", "verbindungsabbr*"],
        ["service:account"] = ["konto", "benutzerkonto", "anmeldung", "anmelden", "einloggen", "benutzername", "passwort*", "kennwort*", "gesperrt", "zwei-faktor*"],
        ["service:hardware"] = ["notebook", "rechner", "bildschirm*", "tastatur", "maus", "dockingstation"],
        ["service:printing"] = ["*drucker*", "drucken", "ausdruck*", "druckauftr*", "papierstau", "scannen"],
        ["service:software"] = ["software*", "programm", "programme", "anwendung*", "app", "apps", "installieren", "aktualisierung*"],
        ["service:telephony"] = ["telefon", "telefonanlage", "tischtelefon", "festnetz*", "anrufbeantworter", "sprachnachricht*"],
        ["category:password"] = ["passwort*", "kennwort*", "gesperrt"],
        ["category:outage"] = ["*ausfall*", "störung", "störungen", "ist down", "sind down", "nicht erreichbar", "bei allen", "bei niemandem", "ganze büro", "ganzen büro", "ganze abteilung", "ganzen abteilung", "alle kollegen"],
        ["category:access"] = ["zugriff*", "zugang", "berechtigung*", "rechte"],
        ["category:installation"] = ["installieren", "installation", "einrichten", "einrichtung", "neu aufsetzen"],
        ["category:performance"] = ["langsam*", "hängt", "hängt sich auf", "friert ein", "eingefroren", "dauert ewig", "träge"],
        ["category:defect"] = ["kaputt", "defekt*", "beschädigt", "gesprungen", "startet nicht", "fährt nicht hoch", "geht nicht mehr an", "lässt sich nicht einschalten"],
        ["category:new-user"] = ["neuer mitarbeiter", "neuen mitarbeiter", "neue mitarbeiterin", "neuer benutzer", "neuen benutzer", "neuer kollege", "neue kollegin", "neueinstellung*"],
    };
}
