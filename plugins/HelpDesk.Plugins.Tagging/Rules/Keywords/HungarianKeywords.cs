namespace HelpDesk.Plugins.Tagging.Rules.Keywords;

/// <summary>
/// Hungarian keywords for each built-in service type and category label. Hungarian adds suffixes to words
/// ("jelszavamat", "hálózaton", "Outlookban"), so most keywords are stems ending in <c>*</c>; accents are ignored
/// in matching, which also covers stems whose vowel lengthens ("iroda", "irodában").
/// </summary>
internal static class HungarianKeywords
{
    /// <summary>Gets the keywords by label.</summary>
    public static IReadOnlyDictionary<string, string[]> ByTag { get; } = new Dictionary<string, string[]>
    {
        ["service:email"] = ["e-mail*", "email*", "levelez*", "postafiók*", "naptár*", "outlook*"],
        ["service:network"] = ["hálózat*", "internet*", "wifi*", "nincs net", "nincs internet"],
        ["service:account"] = ["fiók*", "felhasználónév*", "felhasználói fiók*", "bejelentkez*", "belép*", "jelsz*", "zárol*", "kétlépcsős azonosítás"],
        ["service:hardware"] = ["számítógép*", "laptop*", "monitorom", "monitort", "monitoron", "képernyő*", "billentyűzet*", "egér*", "dokkoló*", "fejhallgató*"],
        ["service:printing"] = ["nyomtat*", "toner*", "szkenner*", "lapolvas*", "papírelakad*", "elakadt a papír"],
        ["service:software"] = ["szoftver*", "program*", "alkalmazás*", "telepít*", "frissít*"],
        ["service:telephony"] = ["telefon", "telefonom", "telefonomat", "telefonkészülék*", "hangposta*", "mellékállomás*"],
        ["category:password"] = ["jelsz*", "zárol*"],
        ["category:outage"] = ["leáll*", "üzemzavar*", "kiesés*", "nem elérhető", "nem érhető el", "elérhetetlen*", "mindenkinél", "senkinél", "senki sem tud", "egész iroda*", "egész cég*"],
        ["category:access"] = ["hozzáférés*", "jogosultság*", "engedély*"],
        ["category:installation"] = ["telepít*", "üzembe helyez*"],
        ["category:performance"] = ["lassú*", "lassan", "lelassul*", "belassul*", "lefagy*", "akadozik"],
        ["category:defect"] = ["elromlott", "tönkrement", "meghibásod*", "sérült*", "megrepedt", "törött", "betört", "nem indul", "nem kapcsol be"],
        ["category:new-user"] = ["új kolléga*", "új munkatárs*", "új felhasználó*", "új belépő*"],
    };
}
